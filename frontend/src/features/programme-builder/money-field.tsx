import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { TextField } from './text-field';
import { formatEuros } from '../../../../functions/src/domain/format';

/**
 * An amount in euros, typed the French way ("300 000", "1 500,50") or any other
 * common way; the amount as understood is read back under the field, so a
 * misplaced comma is seen before saving. The draft keeps the text; cents are
 * computed when the programme is sent.
 */
export function MoneyField(props: { path: string; label: string; value: string; onInput: (value: string) => void; hint?: string }) {
  const { locale, t } = useI18n();
  const readback = () => {
    const cents = parseEuros(props.value);
    return cents === null ? undefined : t('builder.money.readback', { amount: formatEuros(cents, locale()) });
  };
  return (
    <TextField
      path={props.path}
      label={props.label}
      hint={props.hint ?? t('builder.money.hint')}
      readback={readback()}
      value={props.value}
      onInput={props.onInput}
      inputMode="decimal"
      size="money"
      maxLength={40}
    />
  );
}
