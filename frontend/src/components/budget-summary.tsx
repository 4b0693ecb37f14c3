import { For, Show } from 'solid-js';
import { budgetTotals, type BudgetDraft, type FundingKind } from '../../../functions/src/domain/application';
import { useI18n } from '../i18n';
import { formatEuros } from '../../../functions/src/domain/format';
import './budget-summary.css';

type Line = { label?: string | undefined; kind?: FundingKind | undefined; amountCents?: number | undefined };

/** One small two-column table: a caption, the lines, and the total in its footer. */
function BudgetTable(props: { caption: string; lines: Line[]; totalLabel: string; totalCents: number }) {
  const { locale, t } = useI18n();
  const euros = (cents: number | undefined) => (cents === undefined ? t('journey.notProvided') : formatEuros(cents, locale()));
  return (
    <table class="budget-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('app.budget.line')}</th>
          <th scope="col" class="amount">
            {t('app.budget.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        <Show when={props.lines.length === 0}>
          <tr>
            <td colspan="2" class="muted">
              {t('journey.notProvided')}
            </td>
          </tr>
        </Show>
        <For each={props.lines}>
          {(line) => (
            <tr>
              <td>
                {line.label || t('journey.notProvided')}
                <Show when={line.kind}>{(kind) => <span class="budget-table__kind">{t(`app.funding.${kind()}`)}</span>}</Show>
              </td>
              <td class="amount">{euros(line.amountCents)}</td>
            </tr>
          )}
        </For>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{props.totalLabel}</th>
          <td class="amount">{euros(props.totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * The budget as two small tables, expenses then financing (the grant requested
 * as its last line), with totals from the same `budgetTotals` the API checks,
 * and whether the plan balances.
 */
export function BudgetSummary(props: { budget: BudgetDraft }) {
  const { locale, t } = useI18n();
  const totals = () => budgetTotals(props.budget);
  const funding = (): Line[] => [
    ...(props.budget.funding ?? []),
    { label: t('app.budget.grantRequested'), amountCents: props.budget.amountRequestedCents ?? undefined },
  ];
  return (
    <>
      <BudgetTable
        caption={t('app.budget.expenses')}
        lines={props.budget.expenses ?? []}
        totalLabel={t('app.budget.totalExpenses')}
        totalCents={totals().expensesCents}
      />
      <BudgetTable
        caption={t('app.budget.funding')}
        lines={funding()}
        totalLabel={t('app.budget.totalFunding')}
        totalCents={totals().fundingCents}
      />
      <p class={totals().balanceCents === 0 ? 'field-ok' : 'callout'}>
        {totals().balanceCents === 0
          ? t('app.budget.balanced')
          : t('app.budget.unbalanced', { gap: formatEuros(Math.abs(totals().balanceCents), locale()) })}
      </p>
    </>
  );
}
