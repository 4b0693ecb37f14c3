import { createResource, For, Match, Show, Switch } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { listApplicationReviews } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ActionDisclosure } from '../../components/action-disclosure';
import { formatScore, plural, REVIEWABLE_STATUSES } from '../../lib/review-format';
import { ReviewSheet } from './review-sheet';
import type { ManagerSlots } from './review-slots';
import { formatParisDate } from '../../../../functions/src/domain/format';

/**
 * What a manager needs before deciding: who reviews the file and their
 * declarations, the mean score, the criteria where reviewers are far apart, and
 * every transmitted review in full. More reviewers can be added while the file
 * is open to review.
 */
export function ManagerReviews(props: {
  application: Application;
  program: Program | undefined;
  reloadKey: number;
  onDone: (message: string) => void;
  slots: Pick<ManagerSlots, 'assignmentList' | 'addReviewers'>;
}) {
  const { locale, t } = useI18n();
  const [data, { refetch }] = createResource(
    () => ({ id: props.application.id, key: props.reloadKey }),
    (source) => listApplicationReviews(source.id),
  );
  const rubric = () => props.program?.rubric ?? [];
  const criterionLabel = (id: string) => rubric().find((criterion) => criterion.id === id)?.label[locale()] ?? id;
  const submitted = () => (data.latest?.reviews ?? []).filter((review) => review.submitted);
  return (
    <section class="work-section" aria-labelledby="manager-reviews-heading">
      <h2 id="manager-reviews-heading">{t('review.team.title')}</h2>
      <Switch>
        <Match when={data.error !== undefined}>
          <ErrorAlert title={t('review.team.loadError')} onRetry={() => void refetch()} />
        </Match>
        <Match when={data.latest === undefined}>
          <LoadingMessage />
        </Match>
        <Match when={data.latest}>
          {(reviews) => (
            <>
              <p class="review-mean">
                {reviews().score === null
                  ? t('review.team.noScore')
                  : t(plural(locale(), submitted().length, 'review.team.meanOne', 'review.team.meanOther'), {
                      score: formatScore(reviews().score ?? 0, locale()),
                      count: submitted().length,
                    })}
              </p>
              <Show when={reviews().disagreement.length > 0}>
                <p class="flag flag--warning flag--block">
                  <span aria-hidden="true">≠ </span>
                  {t('review.team.disagreement', { criteria: reviews().disagreement.map(criterionLabel).join(', ') })}
                </p>
              </Show>
              <h3>{t('review.team.assigned')}</h3>
              <props.slots.assignmentList assignments={reviews().assignments} reviews={reviews().reviews} />
              <Show when={REVIEWABLE_STATUSES.includes(props.application.status)}>
                <ActionDisclosure label={t('review.team.add')}>
                  {() => (
                    <props.slots.addReviewers
                      application={props.application}
                      assignedIds={reviews().assignments.map((assignment) => assignment.reviewerId)}
                      onDone={props.onDone}
                    />
                  )}
                </ActionDisclosure>
              </Show>
              <For each={submitted()}>
                {(review) => (
                  <article class="review-card" aria-labelledby={`review-${review.reviewerId}`}>
                    <h3 id={`review-${review.reviewerId}`}>{t('review.team.reviewBy', { name: review.reviewerName })}</h3>
                    <Show when={review.submittedAt}>
                      {(at) => <p class="muted">{t('review.mine.submittedOn', { date: formatParisDate(at(), locale()) })}</p>}
                    </Show>
                    <ReviewSheet review={review} rubric={rubric()} />
                  </article>
                )}
              </For>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
