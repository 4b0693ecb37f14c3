import { BuilderField } from './builder-field';

/** A one-line or multi-line text field bound to a string of the draft. */
export function TextField(
  props: {
    path: string;
    hint?: string | undefined;
    readback?: string | undefined;
    describedBy?: string | undefined;
    label: string;
    value: string;
    onInput: (value: string) => void;
    optional?: boolean;
    multiline?: boolean;
    type?: 'text' | 'email';
    inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
    size?: 'short' | 'medium' | 'money';
    maxLength?: number;
    autocomplete?: string;
  },
) {
  return (
    <BuilderField {...props}>
      {(control) =>
        props.multiline ? (
          <textarea
            id={control.id}
            class="form-input form-textarea"
            value={props.value}
            maxLength={props.maxLength ?? 5000}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        ) : (
          <input
            id={control.id}
            class={`form-input ${props.size ? `form-input--${props.size}` : ''}`}
            type={props.type ?? 'text'}
            inputmode={props.inputMode}
            autocomplete={props.autocomplete ?? 'off'}
            spellcheck={props.type === 'email' ? false : undefined}
            value={props.value}
            maxLength={props.maxLength ?? 5000}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        )
      }
    </BuilderField>
  );
}
