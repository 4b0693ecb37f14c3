/**
 * Choice controls: radios when the options are few enough to read at a glance
 * (one tap on a phone), a native select otherwise (the phone's own picker).
 */
import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { Field, FieldGroup } from './field';

/** One option; `value` is what the draft stores. */
export interface ChoiceOption<V extends string | boolean> {
  value: V;
  label: string;
}

interface ChoiceProps<V extends string | boolean> {
  path: string;
  label: string;
  options: readonly ChoiceOption<V>[];
  value: V | null | undefined;
  onValue: (value: V) => void;
  required?: boolean | undefined;
  hint?: string | undefined;
}

/** Radios under a legend, for up to a handful of options. */
export function RadioField<V extends string | boolean>(props: ChoiceProps<V>) {
  return (
    <FieldGroup path={props.path} legend={props.label} required={props.required} hint={props.hint}>
      {(control) => (
        <div class="form-radios">
          <For each={props.options}>
            {(option, index) => {
              const id = () => (index() === 0 ? control.id : `${control.id}-${String(option.value)}`);
              return (
                <div class="form-radio">
                  <input
                    id={id()}
                    type="radio"
                    name={control.id}
                    checked={props.value === option.value}
                    aria-invalid={control.invalid}
                    onChange={() => props.onValue(option.value)}
                  />
                  <label for={id()}>{option.label}</label>
                </div>
              );
            }}
          </For>
        </div>
      )}
    </FieldGroup>
  );
}

/** Oui / Non, stored as a boolean. */
export function YesNoField(props: Omit<ChoiceProps<boolean>, 'options'>) {
  const { t } = useI18n();
  return <RadioField {...props} options={[{ value: true, label: t('form.yes') }, { value: false, label: t('form.no') }]} />;
}

/** A native select, which phones show with their own picker; a disabled "Choisir…" stands for no answer yet. */
export function SelectField<V extends string>(props: ChoiceProps<V> & { autocomplete?: string }) {
  const { t } = useI18n();
  return (
    <Field path={props.path} label={props.label} required={props.required} hint={props.hint}>
      {(control) => (
        <select
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
          <option value="" disabled selected={!props.value}>
            {t('form.choose')}
          </option>
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
