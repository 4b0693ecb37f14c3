import { For } from 'solid-js';
import { FieldGroup, type FieldProps } from './field';

/**
 * Several values to tick under a legend (legal forms, stages). The first box
 * carries the field's id, so an error summary's link lands in the group; the
 * selection keeps the options' order.
 */
export function CheckboxGroup<T extends string>(
  props: FieldProps & {
    options: readonly T[];
    label: FieldProps['label'];
    optionLabel: (value: T) => string;
    selected: readonly T[];
    onChange: (selected: T[]) => void;
  },
) {
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...props.selected, value] : props.selected.filter((v) => v !== value);
    props.onChange(props.options.filter((option) => next.includes(option)));
  };
  return (
    <FieldGroup {...props}>
      {(control) => (
        <div class="form-checks">
          <For each={props.options}>
            {(option, index) => {
              const id = () => (index() === 0 ? control.id : `${control.id}-${option}`);
              return (
                <div class="form-checkbox">
                  <input
                    id={id()}
                    type="checkbox"
                    checked={props.selected.includes(option)}
                    onChange={(event) => toggle(option, event.currentTarget.checked)}
                  />
                  <label for={id()}>{props.optionLabel(option)}</label>
                </div>
              );
            }}
          </For>
        </div>
      )}
    </FieldGroup>
  );
}
