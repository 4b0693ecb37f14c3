import type { JSX } from 'solid-js';
import { describedBy, FieldError } from './field';

/**
 * One box to tick with its label beside it, and its error under it: a
 * declaration, a consent, an on/off setting. For several values of one answer
 * use `CheckboxGroup`.
 */
export function Checkbox(props: {
  id: string;
  label: JSX.Element;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: JSX.Element | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
}) {
  return (
    <div class="form-checkbox" classList={{ 'form-field--error': !!props.error }}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-required={props.required ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="form-field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
