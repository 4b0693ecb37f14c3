import { For, Match, Show, Switch } from 'solid-js';
import type { Assignment } from '../../../../functions/src/domain/application';
import type { Review } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import { formatParisDate } from '../../../../functions/src/domain/format';
import './assignment.css';

/**
 * Who is assigned and where each stands: their declaration in words (a declared
 * conflict is flagged, since the manager must give the file to someone else) and
 * whether their review is transmitted, in progress or not started.
 */
export function AssignmentList(props: { assignments: Assignment[]; reviews: Review[] }) {
  const { locale, t } = useI18n();
  const progress = (reviewerId: string) => {
    const review = props.reviews.find((candidate) => candidate.reviewerId === reviewerId);
    if (review?.submitted && review.submittedAt)
      return t('review.team.submittedOn', { date: formatParisDate(review.submittedAt, locale()) });
    return review ? t('review.team.inProgress') : t('review.team.notStarted');
  };
  return (
    <Show when={props.assignments.length > 0} fallback={<p class="muted">{t('review.team.none')}</p>}>
      <ul class="assignment-list">
        <For each={props.assignments}>
          {(assignment) => (
            <li class="assignment-list__item">
              <span class="assignment-list__name">{assignment.reviewerName}</span>
              <Switch>
                <Match when={assignment.conflict === 'declared'}>
                  <span class="flag flag--alert">
                    <span aria-hidden="true">⚠ </span>
                    {t('review.team.conflict')}
                  </span>
                </Match>
                <Match when={assignment.conflict === 'pending'}>
                  <span class="flag flag--todo">{t('review.team.pending')}</span>
                </Match>
                <Match when={assignment.conflict === 'none'}>
                  <span class="flag flag--ok">
                    <span aria-hidden="true">✓ </span>
                    {t('review.team.noConflict')}
                  </span>
                </Match>
              </Switch>
              <Show when={assignment.conflict === 'none'}>
                <span class="muted">{progress(assignment.reviewerId)}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
