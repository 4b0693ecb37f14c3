import { For } from 'solid-js';
import type { ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import type { QueueSort } from './use-queue';

/** The statuses a queue can show, in the order files move through them (drafts are never staff business). */
export const QUEUE_STATUSES = ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly ApplicationStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_SORTS: readonly QueueSort[] = ['date', 'score'];

/** A status read from the address or a select; anything else means the default, the files waiting. */
export function parseQueueStatus(value: string | undefined): QueueStatus {
  return QUEUE_STATUSES.find((status) => status === value) ?? 'submitted';
}

export function parseQueueSort(value: string | undefined): QueueSort {
  return QUEUE_SORTS.find((sort) => sort === value) ?? 'date';
}

/**
 * Which files to show and in what order. Changing a list reloads the queue at once
 * without moving focus (a list update, not a change of page), and the count of
 * files shown is announced by the results' live region.
 */
export function QueueFilters(props: {
  status: QueueStatus;
  sort: QueueSort;
  onStatus: (status: QueueStatus) => void;
  onSort: (sort: QueueSort) => void;
}) {
  const { t } = useI18n();
  return (
    <form class="queue-filters" role="search" aria-label={t('review.queue.filters')} onSubmit={(event) => event.preventDefault()}>
      <div class="queue-filters__field">
        <label class="label" for="queue-status">
          {t('review.queue.statusLabel')}
        </label>
        <select
          id="queue-status"
          class="input"
          value={props.status}
          onChange={(event) => props.onStatus(parseQueueStatus(event.currentTarget.value))}
        >
          <For each={QUEUE_STATUSES}>{(status) => <option value={status}>{t(`review.queue.status.${status}`)}</option>}</For>
        </select>
      </div>
      <div class="queue-filters__field">
        <label class="label" for="queue-sort">
          {t('review.queue.sortLabel')}
        </label>
        <select id="queue-sort" class="input" value={props.sort} onChange={(event) => props.onSort(parseQueueSort(event.currentTarget.value))}>
          <For each={QUEUE_SORTS}>{(sort) => <option value={sort}>{t(`review.queue.sort.${sort}`)}</option>}</For>
        </select>
      </div>
    </form>
  );
}
