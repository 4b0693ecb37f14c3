import { For, Show } from 'solid-js';
import type { TimelineEvent } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { formatScore } from '../../lib/review-format';
import { formatParisDateTime } from '../../../../functions/src/domain/format';

/**
 * The file's whole history for staff, oldest first: the applicant's steps and the
 * team's own (assignments, conflict declarations, reviews), the latter marked as
 * unseen by the applicant so nobody quotes them in a message by mistake.
 */
export function StaffTimeline(props: { events: TimelineEvent[] }) {
  const { locale, t } = useI18n();
  const ordered = () => [...props.events].sort((a, b) => a.at.localeCompare(b.at));
  const label = (event: TimelineEvent) => {
    if (event.type === 'message') return t(event.actorRole === 'applicant' ? 'review.event.messageApplicant' : 'review.event.messageTeam');
    if (event.type === 'assigned' && event.message) return t('review.event.assignedTo', { name: event.message });
    return t(`app.event.${event.type}`);
  };
  /** What the event carries besides its label: the applicant-facing text, or a review's score. */
  const detail = (event: TimelineEvent) => {
    if (event.type === 'assigned') return null;
    if (event.type === 'review_submitted') {
      const score = Number(event.message);
      return event.message && Number.isFinite(score) ? t('review.score.weighted', { score: formatScore(score, locale()) }) : null;
    }
    return event.message;
  };
  return (
    <Show when={props.events.length > 0} fallback={<p class="muted">{t('review.timeline.empty')}</p>}>
      <ol class="timeline">
        <For each={ordered()}>
          {(event) => (
            <li class={`timeline__item timeline__item--${event.type}`}>
              <p class="timeline__label">
                {label(event)}
                <Show when={event.visibility === 'staff'}>
                  <span class="staff-only">{t('review.timeline.staffOnly')}</span>
                </Show>
              </p>
              <p class="timeline__date">
                <time datetime={event.at}>{formatParisDateTime(event.at, locale())}</time>
              </p>
              <Show when={detail(event)}>{(text) => <p class="timeline__message">{text()}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
