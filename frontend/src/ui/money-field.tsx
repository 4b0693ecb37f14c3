import { Show, type JSX } from 'solid-js';
import { Field } from './field';
import type { InputProps } from './text-field';

/**
 * An amount in euros, typed the French way ("12 000", "1 500,50") or any common
 * way, in a narrow input with the decimal keyboard on phones. The text stays as
 * typed; read it with `parseEuros` (domain/money) and say how it was understood
 * in `after` or `error`, so a misplaced comma is seen before it counts.
 */
export function MoneyField(
  props: InputProps & {
    /** Shown after the input ("€"), hidden from screen readers: the label or hint says the unit. */
    unit?: string | undefined;
  },
) {
  return (
    <Field {...props}>
      {(control) => (
        <Unit unit={props.unit}>
          <input
            ref={props.ref}
            id={control.id}
            class="form-input form-input--money"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            value={props.value}
            maxLength={props.maxLength}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid}
            aria-required={props.required ? 'true' : undefined}
            onInput={(event) => props.onInput(event.currentTarget.value)}
            onBlur={() => props.onBlur?.()}
          />
        </Unit>
      )}
    </Field>
  );
}

function Unit(props: { unit: string | undefined; children: JSX.Element }) {
  return (
    <Show when={props.unit} fallback={props.children}>
      <div class="money-input">
        {props.children}
        <span class="money-input__unit" aria-hidden="true">
          {props.unit}
        </span>
      </div>
    </Show>
  );
}
