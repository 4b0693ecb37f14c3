/**
 * Step 3: the budget and financing plan. Expenses first, then what pays for
 * them, the amount asked of this programme included, then the live balance.
 */
import { budgetTotals } from '../../../../../functions/src/domain/application';
import { maxPartForShare } from '../../../../../functions/src/domain/money';
import { useI18n } from '../../../i18n';
import { useForm } from '../form-context';
import { FormMoneyField } from '../number-fields';
import { BudgetLines } from './budget-lines';
import { BudgetTotals } from './budget-totals';
import { formatEuros, formatPercent } from '../../../../../functions/src/domain/format';

/** The cap, the minimum and the share come from the programme's rules, with the largest amount the current expenses allow. */
export function BudgetStep() {
  const form = useForm();
  const { locale, t } = useI18n();
  const rules = () => form.program.rules;
  const euros = (cents: number) => formatEuros(cents, locale());
  const expenses = () => budgetTotals(form.draft.budget).expensesCents;
  const allowed = () => Math.min(rules().maxAmountCents, maxPartForShare(expenses(), rules().maxShareOfBudgetPercent));
  const limits = () => {
    const share = formatPercent(rules().maxShareOfBudgetPercent, locale());
    const cap = t('form.budget.limits', { max: euros(rules().maxAmountCents), share, min: euros(rules().minAmountCents) });
    if (expenses() === 0) return cap;
    return `${cap} ${t('form.budget.allowed', { expenses: euros(expenses()), allowed: euros(allowed()) })}`;
  };
  return (
    <>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.budget.expenses')}</legend>
        <p class="form-section__intro">{t('form.budget.expensesIntro')}</p>
        <BudgetLines kind="expenses" />
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.budget.funding')}</legend>
        <p class="form-section__intro">{t('form.budget.fundingIntro')}</p>
        <FormMoneyField
          path="budget.amountRequestedCents"
          label={t('form.budget.amountRequestedCents')}
          hint={limits()}
          required
          value={form.draft.budget.amountRequestedCents}
          onValue={(amountRequestedCents) => form.edit('budget', { amountRequestedCents })}
        />
        <h3 class="form-subtitle">{t('form.budget.otherFunding')}</h3>
        <BudgetLines kind="funding" />
      </fieldset>
      <BudgetTotals />
    </>
  );
}
