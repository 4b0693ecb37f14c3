/**
 * The live balance of the financing plan. The totals come from the shared
 * `budgetTotals`, the very sum the API checks, and the verdict is written out
 * ("Le plan est équilibré ✓", or the gap in euros), never shown by colour alone.
 */
import { Match, Switch } from 'solid-js';
import { budgetTotals } from '../../../../../functions/src/domain/application';
import { useI18n } from '../../../i18n';
import { fieldId } from '../form-paths';
import { useForm } from '../form-context';
import { formatEuros } from '../../../../../functions/src/domain/format';

/** Carries the id of 'budget.funding', so an error link about the balance lands here. */
export function BudgetTotals() {
  const form = useForm();
  const { locale, t } = useI18n();
  const totals = () => budgetTotals(form.draft.budget);
  const euros = (cents: number) => formatEuros(cents, locale());
  return (
    <section class="form-budget-totals" id={fieldId('budget.funding')} tabindex="-1" aria-labelledby="form-budget-totals-title">
      <h3 id="form-budget-totals-title" class="form-budget-totals__title">
        {t('form.budget.totals')}
      </h3>
      <dl class="form-budget-totals__list">
        <div>
          <dt>{t('form.budget.totalExpenses')}</dt>
          <dd>{euros(totals().expensesCents)}</dd>
        </div>
        <div>
          <dt>{t('form.budget.totalFunding')}</dt>
          <dd>{euros(totals().fundingCents)}</dd>
        </div>
        <div>
          <dt>{t('form.budget.gap')}</dt>
          <dd>{euros(totals().balanceCents)}</dd>
        </div>
      </dl>
      <p class="form-budget-balance" aria-live="polite">
        <Switch>
          <Match when={totals().expensesCents === 0}>
            <span class="form-budget-balance__text">{t('form.budget.balanceEmpty')}</span>
          </Match>
          <Match when={totals().balanceCents === 0}>
            <span class="form-budget-balance__text form-budget-balance__text--ok">{t('form.budget.balanced')}</span>
          </Match>
          <Match when={totals().balanceCents < 0}>
            <span class="form-budget-balance__text form-budget-balance__text--gap">
              {t('form.budget.missing', { amount: euros(-totals().balanceCents) })}
            </span>
          </Match>
          <Match when={totals().balanceCents > 0}>
            <span class="form-budget-balance__text form-budget-balance__text--gap">
              {t('form.budget.surplus', { amount: euros(totals().balanceCents) })}
            </span>
          </Match>
        </Switch>
      </p>
    </section>
  );
}
