import { createSignal, Match, Show, Switch } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import type { Review } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import type { ReviewState } from '../../lib/staff-api';
import { LoadingMessage } from '../../ui/status-views';
import { REVIEWABLE_STATUSES } from '../../lib/review-format';
import { ReviewSheet } from './review-sheet';
import { RubricForm } from './rubric-form';
import { formatParisDate } from '../../../../functions/src/domain/format';

/**
 * The reviewer's own review: the rubric form while the file is open to review,
 * or the transmitted review, read-only with its weighted score, since a
 * transmitted review is locked. When the API says it is locked (transmitted from
 * another tab, or the file decided meanwhile), its message stays on screen and
 * the review is read again.
 */
export function MyReview(props: {
  application: Application;
  program: Program | undefined;
  review: Review | null;
  onSaved: (state: ReviewState) => void;
  onSubmitted: (state: ReviewState) => void;
  onReload: () => void;
}) {
  const { locale, t } = useI18n();
  const [locked, setLocked] = createSignal<string>();
  const open = () => REVIEWABLE_STATUSES.includes(props.application.status);
  return (
    <section class="work-section" aria-labelledby="my-review-heading">
      <h2 id="my-review-heading">{t('review.mine.title')}</h2>
      <Show when={locked()}>
        <p class="alert alert--error" role="alert">
          {locked()}
        </p>
      </Show>
      <Switch>
        <Match when={props.review?.submitted ? props.review : undefined}>
          {(review) => (
            <>
              <p class="callout callout--success">
                {t('review.mine.submittedOn', { date: formatParisDate(review().submittedAt ?? review().updatedAt, locale()) })}{' '}
                {t('review.mine.locked')}
              </p>
              <ReviewSheet review={review()} rubric={props.program?.rubric ?? []} />
            </>
          )}
        </Match>
        <Match when={!props.program}>
          <LoadingMessage />
        </Match>
        <Match when={!open()}>
          <p class="callout">{t('review.mine.closed')}</p>
          <Show when={props.review}>{(review) => <ReviewSheet review={review()} rubric={props.program?.rubric ?? []} />}</Show>
        </Match>
        <Match when={props.program}>
          {(program) => (
            <RubricForm
              applicationId={props.application.id}
              rubric={program().rubric}
              review={props.review}
              onSaved={props.onSaved}
              onSubmitted={props.onSubmitted}
              onLocked={(message) => {
                setLocked(message);
                props.onReload();
              }}
            />
          )}
        </Match>
      </Switch>
    </section>
  );
}
