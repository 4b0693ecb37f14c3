import { Show } from 'solid-js';
import { useI18n } from '../i18n';
import { describedBy, FieldError } from './error-summary';
import { formatNumber } from '../../../functions/src/domain/format';

/**
 * A labelled textarea with its hint, its error and a character counter, all tied
 * to it by `aria-describedby`. The browser stops typing at the API's limit, so a
 * long message is never refused after it was written.
 */
export function CountedTextarea(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  maxLength: number;
  rows?: number;
  ref?: (element: HTMLTextAreaElement) => void;
}) {
  const { locale, t } = useI18n();
  return (
    <div class="field">
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={`${props.id}-error`} message={props.error} />
      <textarea
        ref={props.ref}
        id={props.id}
        class="input textarea"
        rows={props.rows ?? 5}
        maxlength={props.maxLength}
        value={props.value}
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, `${props.id}-counter`, props.error && `${props.id}-error`)}
        aria-invalid={props.error ? true : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <p id={`${props.id}-counter`} class="counter">
        {t('review.counter', { count: formatNumber(props.value.length, locale()), max: formatNumber(props.maxLength, locale()) })}
      </p>
    </div>
  );
}
