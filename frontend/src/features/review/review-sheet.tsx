import { For, Show } from 'solid-js';
import type { RubricCriterion } from '../../../../functions/src/domain/program';
import { SCORE_MAX, type Review } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import { formatScore } from '../../lib/review-format';

/**
 * A review read-only: the weighted score on 100, then each rubric criterion with
 * its score out of 5 and the reviewer's comment, then the general comment. Used
 * for the reviewer's own transmitted review and for each review a manager reads.
 */
export function ReviewSheet(props: { review: Review; rubric: RubricCriterion[] }) {
  const { locale, t } = useI18n();
  return (
    <div class="review-sheet">
      <Show when={props.review.weightedScore !== null}>
        <p class="review-sheet__score">{t('review.score.weighted', { score: formatScore(props.review.weightedScore ?? 0, locale()) })}</p>
      </Show>
      <dl class="review-sheet__criteria">
        <For each={props.rubric}>
          {(criterion) => {
            const entry = () => props.review.scores[criterion.id];
            return (
              <div class="review-sheet__row">
                <dt>{criterion.label[locale()]}</dt>
                <dd>
                  <span class="review-sheet__value">
                    {entry() ? t('review.score.outOf5', { score: entry()?.score ?? 0, max: SCORE_MAX }) : t('review.score.none')}
                  </span>
                  <Show when={entry()?.comment}>{(comment) => <span class="review-sheet__comment">{comment()}</span>}</Show>
                </dd>
              </div>
            );
          }}
        </For>
      </dl>
      <Show when={props.review.comment}>
        <p class="review-sheet__general">
          <strong>{t('review.rubric.generalComment')}</strong>
          <span class="review-sheet__comment">{props.review.comment}</span>
        </p>
      </Show>
    </div>
  );
}
