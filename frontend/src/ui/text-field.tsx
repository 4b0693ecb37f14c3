import type { JSX } from 'solid-js';
import { Field, type FieldProps } from './field';

/** Widths that hint at the expected length of the value. */
export type InputWidth = 'short' | 'medium' | 'money' | 'code' | 'siret';

/** What the kit's one-line inputs share. */
export interface InputProps extends FieldProps {
  value: string;
  onInput: (value: string) => void;
  /** Sets `aria-required`; the marker after the label is `marker`'s to say. */
  required?: boolean | undefined;
  maxLength?: number | undefined;
  width?: InputWidth | undefined;
  autocomplete?: string | undefined;
  ref?: (element: HTMLInputElement) => void;
  onBlur?: (() => void) | undefined;
}

/**
 * A one-line text input in the field frame. Use it for any free text of one
 * line (names, emails, SIRET, codes); `type`, `autocomplete` and `inputMode` let
 * phones offer the right keyboard. For amounts use `MoneyField`, for long text
 * `TextArea`, for a Paris date and time `DateField`.
 */
export function TextField(
  props: InputProps & {
    type?: 'text' | 'email' | 'tel' | 'url' | 'date';
    inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
    spellcheck?: boolean | undefined;
    name?: string | undefined;
    pattern?: string | undefined;
    /** The latest date a `date` input accepts (`YYYY-MM-DD`). */
    max?: string | undefined;
  },
) {
  return (
    <Field {...props}>
      {(control) => (
        <input
          ref={props.ref}
          id={control.id}
          class="form-input"
          classList={{ [`form-input--${props.width ?? ''}`]: !!props.width }}
          type={props.type ?? 'text'}
          name={props.name}
          pattern={props.pattern}
          max={props.max}
          value={props.value}
          maxLength={props.type === 'date' ? undefined : props.maxLength}
          autocomplete={props.autocomplete ?? 'off'}
          inputmode={props.inputMode}
          spellcheck={props.spellcheck ?? (props.type === 'email' ? false : undefined)}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          aria-required={props.required ? 'true' : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          onBlur={() => props.onBlur?.()}
        />
      )}
    </Field>
  );
}
