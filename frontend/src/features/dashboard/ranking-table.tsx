import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { Table } from '../../ui/table';
import type { RankingEntry } from '../../lib/staff-api';
import { StatusBadge } from '../../ui/status-badge';
import { ApplicationLink } from './application-link';
import { formatEuros, formatNumber } from '../../../../functions/src/domain/format';

/** Columns whose figures align right, headers included. */
const NUMERIC = new Set(['rank', 'score', 'amount']);

/**
 * The ranking by weighted score, best first as the API sends it. A disagreement
 * between reviewers is written out with the criteria concerned, so the manager
 * knows where to look before deciding. On a phone each line becomes a card.
 */
export function RankingTable(props: { entries: readonly RankingEntry[]; criterionLabel: (id: string) => string }) {
  const { locale, t } = useI18n();
  const column = {
    rank: t('dashboard.ranking.rank'),
    reference: t('dashboard.ranking.reference'),
    organisation: t('dashboard.ranking.organisation'),
    project: t('dashboard.ranking.project'),
    score: t('dashboard.ranking.score'),
    status: t('dashboard.ranking.status'),
    amount: t('dashboard.ranking.amount'),
    disagreement: t('dashboard.ranking.disagreement'),
  };
  const text = (value: string | null) => value?.trim() || t('journey.notProvided');
  return (
    <Table class="data-table data-table--cards ranking-table" caption={t('dashboard.ranking.title')} captionHidden>
      <thead>
        <tr>
          <For each={Object.entries(column)}>
            {([key, name]) => (
              <th scope="col" classList={{ num: NUMERIC.has(key) }}>
                {name}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.entries}>
          {(entry, index) => (
            <tr>
              <td data-label={column.rank} class="num">
                {index() + 1}
              </td>
              <th scope="row" data-label={column.reference}>
                <ApplicationLink entry={entry} />
              </th>
              <td data-label={column.organisation}>{text(entry.organisationName)}</td>
              <td data-label={column.project}>{text(entry.projectTitle)}</td>
              <td data-label={column.score} class="num">
                {entry.score === null ? '—' : t('dashboard.ranking.scoreValue', { score: formatNumber(entry.score, locale(), 1) })}
              </td>
              <td data-label={column.status}>
                <StatusBadge status={entry.status} />
              </td>
              <td data-label={column.amount} class="num">
                {entry.amountRequestedCents === null ? t('journey.notProvided') : formatEuros(entry.amountRequestedCents, locale())}
              </td>
              <td data-label={column.disagreement}>
                <Show when={entry.disagreement.length > 0} fallback={t('dashboard.ranking.agreement')}>
                  <span class="disagreement">
                    {t('dashboard.ranking.disagreementOn', { criteria: entry.disagreement.map(props.criterionLabel).join(', ') })}
                  </span>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </Table>
  );
}
