import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { QueueItem } from '../../lib/staff-api';
import { formatScore, plural } from '../../lib/review-format';
import { formatEuros, formatParisDate } from '../../../../functions/src/domain/format';

/** Where a file of the queue opens. */
export function staffApplicationPath(id: string): string {
  return `/gestion/demandes/${encodeURIComponent(id)}`;
}

/** The queue's cells as text, the same in the desktop table and the phone cards. */
export function useQueueText() {
  const { locale, t } = useI18n();
  return {
    title: (item: QueueItem) => item.projectTitle?.trim() || t('app.untitled'),
    amount: (item: QueueItem) =>
      item.amountRequestedCents === null ? t('journey.notProvided') : formatEuros(item.amountRequestedCents, locale()),
    submitted: (item: QueueItem) => (item.submittedAt ? formatParisDate(item.submittedAt, locale()) : t('journey.notProvided')),
    score: (item: QueueItem) =>
      item.score === null ? t('review.queue.notScored') : t('review.score.outOf100', { score: formatScore(item.score, locale()) }),
    reviewers: (item: QueueItem) =>
      item.reviewerCount === 0
        ? t('review.queue.unassigned')
        : t(plural(locale(), item.reviewerCount, 'review.queue.reviewersOne', 'review.queue.reviewersOther'), {
            count: item.reviewerCount,
          }),
  };
}

/** The link that opens the file, named by its project. */
export function QueueLink(props: { item: QueueItem }) {
  const text = useQueueText();
  return (
    <a class="queue-link" href={staffApplicationPath(props.item.id)}>
      {text.title(props.item)}
    </a>
  );
}

/**
 * Who reviews the file and what needs attention, in words with a symbol, never a
 * colour alone: the reviewer's own pending declaration, conflicts the manager
 * must reassign, and reviewers who disagree.
 */
export function QueueFollowUp(props: { item: QueueItem; manager: boolean }) {
  const { locale, t } = useI18n();
  const text = useQueueText();
  return (
    <>
      <span class="queue-reviewers" classList={{ 'queue-reviewers--none': props.item.reviewerCount === 0 }}>
        {text.reviewers(props.item)}
      </span>
      <Show when={!props.manager && props.item.conflict === 'pending'}>
        <span class="flag flag--todo">
          <span aria-hidden="true">✎ </span>
          {t('review.queue.declarationDue')}
        </span>
      </Show>
      <Show when={props.manager && props.item.conflictCount > 0}>
        <span class="flag flag--alert">
          <span aria-hidden="true">⚠ </span>
          {t(plural(locale(), props.item.conflictCount, 'review.queue.conflictOne', 'review.queue.conflictOther'), {
            count: props.item.conflictCount,
          })}
        </span>
      </Show>
      <Show when={props.item.disagreement}>
        <span class="flag flag--warning">
          <span aria-hidden="true">≠ </span>
          {t('review.queue.disagreement')}
        </span>
      </Show>
    </>
  );
}

/** The tick box that adds a file to the manager's selection, named after the file so a screen reader says which. */
export function QueueSelect(props: { item: QueueItem; selected: boolean; onToggle: (selected: boolean) => void }) {
  const { t } = useI18n();
  const text = useQueueText();
  const name = () => t('review.queue.select', { reference: props.item.reference ?? '', title: text.title(props.item) });
  return (
    <input
      type="checkbox"
      class="queue-check"
      aria-label={name()}
      checked={props.selected}
      onChange={(event) => props.onToggle(event.currentTarget.checked)}
    />
  );
}
