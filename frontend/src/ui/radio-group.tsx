import { For, type JSX } from 'solid-js';
import { FieldGroup, type FieldProps } from './field';
import type { ChoiceOption } from './select';

/**
 * Radios under a legend, for one answer out of a handful that can be read at a
 * glance (one tap on a phone). The first radio carries the field's id, so an
 * error summary's link lands on it. For longer lists use `Select`.
 */
export function RadioGroup<V extends string | boolean>(
  props: FieldProps & {
    options: readonly (ChoiceOption<V> & { hint?: JSX.Element })[];
    value: V | null | undefined;
    onValue: (value: V) => void;
    /** The radios' `name`; defaults to the id. */
    name?: string | undefined;
    inline?: boolean | undefined;
  },
) {
  return (
    <FieldGroup {...props}>
      {(control) => (
        <div class="form-radios" classList={{ 'form-radios--inline': !!props.inline }}>
          <For each={props.options}>
            {(option, index) => {
              const id = () => (index() === 0 ? control.id : `${control.id}-${String(option.value)}`);
              return (
                <div class="form-radio">
                  <input
                    id={id()}
                    type="radio"
                    name={props.name ?? control.id}
                    value={String(option.value)}
                    checked={props.value === option.value}
                    aria-invalid={control.invalid}
                    onChange={() => props.onValue(option.value)}
                  />
                  <label for={id()}>{option.label}</label>
                  {option.hint && <p class="form-radio__hint">{option.hint}</p>}
                </div>
              );
            }}
          </For>
        </div>
      )}
    </FieldGroup>
  );
}
