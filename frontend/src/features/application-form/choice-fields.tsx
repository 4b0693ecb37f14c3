/**
 * Choices bound to the draft: radios when the options are few enough to read at
 * a glance (one tap on a phone), the native select otherwise (the phone's own picker).
 */
import { useI18n } from '../../i18n';
import { RadioGroup } from '../../ui/radio-group';
import { type ChoiceOption, Select } from '../../ui/select';
import { useFormField } from './use-form-field';

export type { ChoiceOption };

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
export function FormRadios<V extends string | boolean>(props: ChoiceProps<V>) {
  const field = useFormField(props);
  return (
    <RadioGroup {...field} label={props.label} hint={props.hint} options={props.options} value={props.value} onValue={props.onValue} />
  );
}

/** Oui / Non, stored as a boolean. */
export function FormYesNo(props: Omit<ChoiceProps<boolean>, 'options'>) {
  const { t } = useI18n();
  return (
    <FormRadios
      {...props}
      options={[
        { value: true, label: t('form.yes') },
        { value: false, label: t('form.no') },
      ]}
    />
  );
}

/** The native select; a disabled "Choisir…" stands for no answer yet. */
export function FormSelect<V extends string>(props: ChoiceProps<V> & { autocomplete?: string }) {
  const field = useFormField(props);
  return (
    <Select
      {...field}
      label={props.label}
      hint={props.hint}
      required={props.required}
      autocomplete={props.autocomplete}
      options={props.options}
      value={props.value}
      onValue={props.onValue}
    />
  );
}
