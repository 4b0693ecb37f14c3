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
    /** Every radio's id is `${id}-${value}`, the first one's too (where an error summary must then link). */
    idsByValue?: boolean | undefined;
    /** Each radio in a bordered box, the chosen one highlighted: for a page that asks this one question. */
    cards?: boolean | undefined;
  },
) {
  return (
    <FieldGroup {...props}>
      {(control) => (
        <div class="form-radios" classList={{ 'form-radios--inline': !!props.inline, 'form-radios--cards': !!props.cards }}>
          <For each={props.options}>
            {(option, index) => {
              const id = () => (index() === 0 && !props.idsByValue ? control.id : `${control.id}-${String(option.value)}`);
              return (
                <div class="form-radio">
                  <input
                    id={id()}
                    type="radio"
                    name={props.name ?? control.id}
                    value={String(option.value)}
                    checked={props.value === option.value}
                    aria-describedby={option.hint ? `${id()}-hint` : undefined}
                    aria-invalid={control.invalid}
                    onChange={() => props.onValue(option.value)}
                  />
                  <label for={id()}>{option.label}</label>
                  {option.hint && (
                    <p class="form-radio__hint" id={`${id()}-hint`}>
                      {option.hint}
                    </p>
                  )}
                </div>
              );
            }}
          </For>
        </div>
      )}
    </FieldGroup>
  );
}
