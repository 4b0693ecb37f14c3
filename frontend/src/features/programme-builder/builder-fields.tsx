/**
 * The kit's inputs bound to the programme draft: the draft keeps what the
 * manager typed (text, amounts as text, Paris dates and times), and cents and
 * instants are computed when the programme is sent.
 */
import type { ParisLocal } from '../../../../functions/src/domain/paris-time';
import { formatEuros, formatParisDateTime } from '../../../../functions/src/domain/format';
import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { DateField } from '../../ui/date-field';
import { MoneyField } from '../../ui/money-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { useBuilderField } from './use-builder-field';

const readbackLine = (text: string | undefined) => (text ? <p class="form-readback">{text}</p> : undefined);

/** A one-line or multi-line text bound to a string of the draft; `readback` says under it how it was understood. */
export function BuilderTextField(props: {
  path: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  readback?: string | undefined;
  describedBy?: string | undefined;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  size?: 'short' | 'medium' | 'money';
  maxLength?: number;
  autocomplete?: string;
}) {
  const field = useBuilderField(props);
  const common = () => ({ label: props.label, hint: props.hint, describedBy: props.describedBy, after: readbackLine(props.readback) });
  return props.multiline ? (
    <TextArea {...field} {...common()} rows={4} value={props.value} onInput={props.onInput} maxLength={props.maxLength ?? 5000} />
  ) : (
    <TextField
      {...field}
      {...common()}
      type={props.type}
      inputMode={props.inputMode}
      autocomplete={props.autocomplete}
      width={props.size}
      value={props.value}
      onInput={props.onInput}
      maxLength={props.maxLength ?? 5000}
    />
  );
}

/**
 * An amount in euros, typed the French way ("300 000", "1 500,50") or any other
 * common way; the amount as understood is read back under the field, so a
 * misplaced comma is seen before saving.
 */
export function BuilderMoneyField(props: { path: string; label: string; value: string; onInput: (value: string) => void; hint?: string }) {
  const { locale, t } = useI18n();
  const field = useBuilderField(props);
  const readback = () => {
    const cents = parseEuros(props.value);
    return cents === null ? undefined : t('builder.money.readback', { amount: formatEuros(cents, locale()) });
  };
  return (
    <MoneyField
      {...field}
      label={props.label}
      hint={props.hint ?? t('builder.money.hint')}
      after={readbackLine(readback())}
      value={props.value}
      onInput={props.onInput}
      maxLength={40}
    />
  );
}

/** A date and a time in Paris under one legend, read back with its UTC offset. */
export function BuilderDateField(props: {
  path: string;
  legend: string;
  /** Replaces the default "Heure de Paris." */
  hint?: string;
  value: ParisLocal;
  onChange: (value: ParisLocal) => void;
}) {
  const { locale, t } = useI18n();
  const field = useBuilderField(props);
  return (
    <DateField
      {...field}
      label={props.legend}
      hint={props.hint ?? t('builder.dateTime.hint')}
      value={props.value}
      onChange={props.onChange}
      readback={(iso) => t('builder.dateTime.readback', { when: formatParisDateTime(iso, locale()), offset: iso.slice(-6) })}
    />
  );
}

/** Values to tick under a legend (legal forms, stages). */
export function BuilderChecks<T extends string>(props: {
  path: string;
  legend: string;
  hint?: string;
  options: readonly T[];
  label: (value: T) => string;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  const field = useBuilderField(props);
  return (
    <CheckboxGroup
      {...field}
      label={props.legend}
      hint={props.hint}
      options={props.options}
      optionLabel={props.label}
      selected={props.selected}
      onChange={props.onChange}
    />
  );
}
