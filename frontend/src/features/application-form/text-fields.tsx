/**
 * Text controls bound to one draft value. Limits mirror the shared draft schemas
 * (`maxLength`), so the browser stops typing where the server would refuse a save.
 */
import type { JSX } from 'solid-js';
import { useI18n } from '../../i18n';
import { Field } from './field';
import { formatNumber } from '../../../../functions/src/domain/format';

interface TextProps {
  path: string;
  label: string;
  value: string | null | undefined;
  onValue: (value: string) => void;
  required?: boolean | undefined;
  hint?: string | undefined;
  maxLength: number;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  spellcheck?: boolean;
  /** A narrow box for short values (postcode, SIRET, dates), so its size hints at the expected length. */
  width?: 'short' | 'medium';
}

/** A one-line input; `type` and `autocomplete` let phones offer the right keyboard and suggestions. */
export function TextField(props: TextProps) {
  return (
    <Field path={props.path} label={props.label} required={props.required} hint={props.hint}>
      {(control) => (
        <input
          id={control.id}
          class="form-input"
          classList={{ [`form-input--${props.width ?? ''}`]: !!props.width }}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          maxLength={props.type === 'date' ? undefined : props.maxLength}
          autocomplete={props.autocomplete ?? 'off'}
          inputmode={props.inputMode}
          spellcheck={props.spellcheck}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          aria-required={props.required ? 'true' : undefined}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A textarea with a character counter, so long answers are not cut off by surprise. */
export function TextAreaField(props: Omit<TextProps, 'type' | 'inputMode' | 'width' | 'autocomplete'> & { minLength?: number }) {
  const { locale, t } = useI18n();
  const counterId = () => `counter-${props.path.replace(/\./g, '-')}`;
  const length = () => (props.value ?? '').length;
  return (
    <Field path={props.path} label={props.label} required={props.required} hint={props.hint} describedBy={counterId()}>
      {(control) => (
        <>
          <textarea
            id={control.id}
            class="form-input form-textarea"
            rows={6}
            value={props.value ?? ''}
            maxLength={props.maxLength}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid}
            aria-required={props.required ? 'true' : undefined}
            onInput={(event) => props.onValue(event.currentTarget.value)}
          />
          <p class="form-counter" id={counterId()}>
            {t('form.counter', { count: formatNumber(length(), locale()), max: formatNumber(props.maxLength, locale()) })}
            {props.minLength && length() < props.minLength ? ` — ${t('form.counterMin', { min: props.minLength })}` : ''}
          </p>
        </>
      )}
    </Field>
  );
}
