/**
 * What the reviewer has typed in the rubric, starting from their saved draft:
 * a score and a comment per criterion, and a general comment. It turns them into
 * what the API accepts (scored criteria only) and says which criteria stop a
 * save: unscored ones before transmitting, and, for a draft, a comment whose
 * criterion has no score yet, which the API could not keep.
 */
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { RubricCriterion } from '../../../../functions/src/domain/program';
import type { CriterionScore, Review } from '../../../../functions/src/domain/scoring';

type Value = { score?: number | undefined; comment: string };

export function useRubricValues(rubric: () => RubricCriterion[], review: Review | null) {
  const [values, setValues] = createStore<Record<string, Value>>(
    Object.fromEntries(rubric().map((c) => [c.id, { score: review?.scores[c.id]?.score, comment: review?.scores[c.id]?.comment ?? '' }])),
  );
  const [comment, setComment] = createSignal(review?.comment ?? '');

  const scores = (): Record<string, CriterionScore> =>
    Object.fromEntries(
      rubric().flatMap((c) => {
        const value = values[c.id];
        return value?.score === undefined ? [] : [[c.id, { score: value.score, comment: value.comment.trim() }]];
      }),
    );

  /** Criterion id → message, for what stops this save. */
  const blocking = (submitted: boolean, messages: { missing: string; commentNeedsScore: string }): Record<string, string> =>
    Object.fromEntries(
      rubric().flatMap((c) => {
        const value = values[c.id];
        if (value?.score !== undefined) return [];
        if (submitted) return [[c.id, messages.missing]];
        return value?.comment.trim() ? [[c.id, messages.commentNeedsScore]] : [];
      }),
    );

  return {
    score: (id: string) => values[id]?.score,
    criterionComment: (id: string) => values[id]?.comment ?? '',
    setScore: (id: string, score: number) => setValues(id, (value) => ({ ...value, score })),
    setCriterionComment: (id: string, text: string) => setValues(id, (value) => ({ ...value, comment: text })),
    comment,
    setComment,
    scores,
    blocking,
  };
}
