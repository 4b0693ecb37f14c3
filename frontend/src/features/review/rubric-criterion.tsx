import { For } from 'solid-js';
import type { RubricCriterion as Criterion } from '../../../../functions/src/domain/program';
import { SCORE_MAX, SCORE_MIN } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import { FieldGroup } from '../../ui/field';
import { TextArea } from '../../ui/text-area';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);
/** The API's limit for a criterion comment. */
const COMMENT_MAX = 2000;

/** The id of a criterion's first score, where error links and focus land. */
export const scoreFieldId = (criterionId: string) => `score-${criterionId}`;

/**
 * One rubric criterion: its label and weight as the legend, what it assesses,
 * a 0–5 score as six large radios (one tap on a phone, arrow keys on a
 * keyboard), and a comment.
 */
export function RubricCriterionField(props: {
  criterion: Criterion;
  score: number | undefined;
  comment: string;
  error: string | undefined;
  onScore: (score: number) => void;
  onComment: (comment: string) => void;
}) {
  const { locale, t } = useI18n();
  const id = () => scoreFieldId(props.criterion.id);
  const label = () => props.criterion.label[locale()];
  return (
    <FieldGroup
      id={id()}
      class="criterion-field"
      label={
        <>
          {label()} <span class="criterion-field__weight">({t('review.rubric.weight', { weight: props.criterion.weight })})</span>
        </>
      }
      hint={props.criterion.description[locale()]}
      error={props.error}
    >
      {(control) => (
        <>
          <div class="score-scale">
            <For each={SCORES}>
              {(score) => (
                <div class="score-scale__option">
                  <input
                    id={score === SCORE_MIN ? control.id : `${control.id}-${score}`}
                    type="radio"
                    name={control.id}
                    checked={props.score === score}
                    aria-label={t('review.rubric.scoreName', { score, max: SCORE_MAX })}
                    aria-invalid={control.invalid}
                    onChange={() => props.onScore(score)}
                  />
                  <label for={score === SCORE_MIN ? control.id : `${control.id}-${score}`}>{score}</label>
                </div>
              )}
            </For>
          </div>
          <TextArea
            counter
            id={`comment-${props.criterion.id}`}
            label={t('review.rubric.comment', { criterion: label() })}
            value={props.comment}
            onInput={(value) => props.onComment(value)}
            maxLength={COMMENT_MAX}
            rows={3}
          />
        </>
      )}
    </FieldGroup>
  );
}
