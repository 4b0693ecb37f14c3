import { Show } from 'solid-js';
import { formatNumber } from '../../../functions/src/domain/format';
import { useI18n } from '../i18n';
import { Field, type FieldProps } from './field';
import { useUiText } from './use-ui-text';

/**
 * A multi-line text input in the field frame, for answers longer than a line
 * (a project description, a message, a reason). With `counter`, the count of
 * characters against `maxLength` is shown under it and read with it, so long
 * text is never cut off by surprise; `counterNote` adds a word after the count.
 */
export function TextArea(
  props: FieldProps & {
    value: string;
    onInput: (value: string) => void;
    maxLength: number;
    rows?: number | undefined;
    counter?: boolean | undefined;
    counterNote?: string | undefined;
    required?: boolean | undefined;
    ref?: (element: HTMLTextAreaElement) => void;
  },
) {
  const { locale } = useI18n();
  const text = useUiText();
  const counter = () =>
    props.counter ? (
      <p class="form-counter">
        {text('ui.counter', { count: formatNumber(props.value.length, locale()), max: formatNumber(props.maxLength, locale()) })}
        <Show when={props.counterNote}>{(note) => ` — ${note()}`}</Show>
      </p>
    ) : (
      props.after
    );
  return (
    <Field {...props} after={counter()}>
      {(control) => (
        <textarea
          ref={props.ref}
          id={control.id}
          class="form-input form-textarea"
          rows={props.rows ?? 6}
          value={props.value}
          maxLength={props.maxLength}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          aria-required={props.required ? 'true' : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
