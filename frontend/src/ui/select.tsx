import { For } from 'solid-js';
import { Field, type FieldProps } from './field';
import { useUiText } from './use-ui-text';

/** One choice; `value` is what is stored. */
export interface ChoiceOption<V extends string | boolean> {
  value: V;
  label: string;
}

/**
 * A native select in the field frame, which phones show with their own picker.
 * Use it for more options than can be read at a glance; for a handful, use
 * `RadioGroup`. A disabled "Choisir…" stands for no answer yet.
 */
export function Select<V extends string>(
  props: FieldProps & {
    options: readonly ChoiceOption<V>[];
    value: V | null | undefined;
    onValue: (value: V) => void;
    required?: boolean | undefined;
    autocomplete?: string | undefined;
    /** Offer "Choisir…" while nothing is chosen (default); without it the first option is shown. */
    placeholder?: boolean | undefined;
    ref?: (element: HTMLSelectElement) => void;
  },
) {
  const text = useUiText();
  return (
    <Field {...props}>
      {(control) => (
        <select
          ref={props.ref}
          id={control.id}
          class="form-input form-select"
          autocomplete={props.autocomplete ?? 'off'}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          aria-required={props.required ? 'true' : undefined}
          onChange={(event) => {
            const chosen = props.options.find((option) => option.value === event.currentTarget.value);
            if (chosen) props.onValue(chosen.value);
          }}
        >
          {props.placeholder !== false && (
            <option value="" disabled selected={!props.value}>
              {text('ui.choose')}
            </option>
          )}
          <For each={props.options}>
            {(option) => (
              <option value={option.value} selected={props.value === option.value}>
                {option.label}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
