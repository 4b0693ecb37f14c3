import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { RankingEntry } from '../../lib/staff-api';
import { RankingTable } from './ranking-table';

/** The ranking by weighted score, or why there is none yet. */
export function RankingSection(props: { entries: readonly RankingEntry[]; criterionLabel: (id: string) => string }) {
  const { t } = useI18n();
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-ranking-title">
      <h2 id="dashboard-ranking-title">{t('dashboard.ranking.title')}</h2>
      <Show when={props.entries.length > 0} fallback={<p class="empty-state">{t('dashboard.ranking.empty')}</p>}>
        <p class="muted">{t('dashboard.ranking.intro')}</p>
        <RankingTable entries={props.entries} criterionLabel={props.criterionLabel} />
      </Show>
    </section>
  );
}
