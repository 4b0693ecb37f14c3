import type { ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import { Select } from '../../ui/select';
import type { QueueSort } from './use-queue';

/** The statuses a queue can show, in the order files move through them (drafts are never staff business). */
export const QUEUE_STATUSES = [
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];
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
  const statuses = () => QUEUE_STATUSES.map((status) => ({ value: status, label: t(`review.queue.status.${status}`) }));
  const sorts = () => QUEUE_SORTS.map((sort) => ({ value: sort, label: t(`review.queue.sort.${sort}`) }));
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet exposed by every screen reader; a form with role="search" is
    <form class="queue-filters" role="search" aria-label={t('review.queue.filters')} onSubmit={(event) => event.preventDefault()}>
      <Select
        id="queue-status"
        class="queue-filters__field"
        label={t('review.queue.statusLabel')}
        options={statuses()}
        value={props.status}
        placeholder={false}
        onValue={(status) => props.onStatus(status)}
      />
      <Select
        id="queue-sort"
        class="queue-filters__field"
        label={t('review.queue.sortLabel')}
        options={sorts()}
        value={props.sort}
        placeholder={false}
        onValue={(sort) => props.onSort(sort)}
      />
    </form>
  );
}
