import { createSignal } from 'solid-js';
import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { MoneyField } from '../../ui/money-field';
import type { QuestionProps } from './wizard-questions';
import { formatEuros, formatPercent } from '../../../../functions/src/domain/format';

/**
 * Questions 4 and 5: an amount in euros, typed the French way ("12 000",
 * "12 000,50") or any other common way. The amount as understood is written
 * back under the field, so a misplaced comma is seen before the verdict.
 */
export function MoneyQuestion(props: QuestionProps & { kind: 'amount' | 'budget' }) {
  const { locale, t } = useI18n();
  const [left, setLeft] = createSignal(false);
  const text = () => props.draft[props.kind];
  const cents = () => parseEuros(text());
  const rules = () => props.program.rules;
  const hint = () =>
    props.kind === 'amount'
      ? t('elig.amount.hint', { min: formatEuros(rules().minAmountCents, locale()), max: formatEuros(rules().maxAmountCents, locale()) })
      : t('elig.budget.hint', { percent: formatPercent(rules().maxShareOfBudgetPercent, locale()) });
  const error = () =>
    props.error(props.kind) ?? (left() && text().trim() !== '' && cents() === null ? t('elig.error.moneyFormat') : undefined);
  return (
    <MoneyField
      id={`elig-${props.kind}`}
      class="question"
      heading={{ id: 'wizard-heading', class: 'question__heading' }}
      label={t(props.kind === 'amount' ? 'elig.amount.question' : 'elig.budget.question')}
      hint={`${hint()} ${t('elig.money.example')}`}
      error={error()}
      unit="€"
      maxLength={40}
      value={text()}
      onInput={(value) => {
        setLeft(false);
        props.update(props.kind, value);
      }}
      onBlur={() => setLeft(true)}
      after={
        cents() !== null ? (
          <p class="form-readback">{t('elig.money.readback', { amount: formatEuros(cents() ?? 0, locale()) })}</p>
        ) : undefined
      }
    />
  );
}
