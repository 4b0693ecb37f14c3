import { For } from 'solid-js';
import { FieldMessages, useFieldFrame } from './builder-field';

/**
 * A list of values to tick, under a legend (legal forms, stages). The first box
 * carries the field's id, so the error summary's link lands in the group.
 */
export function CheckboxGroup<T extends string>(props: {
  path: string;
  legend: string;
  hint?: string;
  options: readonly T[];
  label: (value: T) => string;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  const frame = useFieldFrame(props);
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...props.selected, value] : props.selected.filter((v) => v !== value);
    props.onChange(props.options.filter((option) => next.includes(option)));
  };
  return (
    <fieldset class="form-field form-group" classList={{ 'form-field--error': !!frame.error() }} aria-describedby={frame.control.describedBy}>
      <legend class="form-field__label">{props.legend}</legend>
      <FieldMessages id={frame.id()} hint={props.hint} error={frame.error()} />
      <div class="builder-checks">
        <For each={props.options}>
          {(option, index) => {
            const id = () => (index() === 0 ? frame.id() : `${frame.id()}-${option}`);
            return (
              <div class="form-checkbox">
                <input
                  id={id()}
                  type="checkbox"
                  checked={props.selected.includes(option)}
                  onChange={(event) => toggle(option, event.currentTarget.checked)}
                />
                <label for={id()}>{props.label(option)}</label>
              </div>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}
