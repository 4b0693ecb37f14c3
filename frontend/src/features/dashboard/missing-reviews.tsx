import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { RankingEntry } from '../../lib/staff-api';
import { StatusBadge } from '../../ui/status-badge';
import { ApplicationLink } from './application-link';

/**
 * Applications under review that no reviewer has scored yet: what holds the
 * ranking back. Each says how many reviewers it has, so an application nobody
 * was assigned to stands out from one whose reviewers are late.
 */
export function MissingReviews(props: { entries: readonly RankingEntry[] }) {
  const { t } = useI18n();
  const reviewers = (count: number) =>
    count === 0
      ? t('dashboard.missing.noReviewer')
      : t(count === 1 ? 'dashboard.missing.oneReviewer' : 'dashboard.missing.reviewers', { count });
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-missing-title">
      <h2 id="dashboard-missing-title">{t('dashboard.missing.title')}</h2>
      <Show when={props.entries.length > 0} fallback={<p class="empty-state">{t('dashboard.missing.empty')}</p>}>
        <p>{t('dashboard.missing.intro', { count: props.entries.length })}</p>
        <ul class="missing-list">
          <For each={props.entries}>
            {(entry) => (
              <li class="missing-list__item">
                <span class="missing-list__head">
                  <ApplicationLink entry={entry} /> <StatusBadge status={entry.status} />
                </span>
                <span>
                  {[entry.organisationName, entry.projectTitle].filter((part) => part?.trim()).join(' — ') || t('journey.notProvided')}
                </span>
                <span classList={{ 'missing-list__reviewers': true, 'missing-list__reviewers--none': entry.reviewerCount === 0 }}>
                  {reviewers(entry.reviewerCount)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
