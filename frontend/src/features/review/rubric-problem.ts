/**
 * Reads a refused review save: a 409 means the review is locked (transmitted, or
 * the file decided); a 400 names criteria (`body.scores.<id>`), which go next to
 * their fieldset; anything else is a message for the whole form.
 */
import type { RubricCriterion } from '../../../../functions/src/domain/program';
import type { Locale } from '../../i18n';
import { ApiError } from '../../lib/api';
import { splitProblem } from '../../lib/api-problem';

export type RubricProblem =
  | { kind: 'locked'; message: string | undefined }
  | { kind: 'invalid'; criteria: Record<string, string>; form: string | undefined };

export function rubricProblem(error: unknown, rubric: readonly RubricCriterion[], locale: Locale, fallback: string): RubricProblem {
  const problem = splitProblem(error, locale, fallback);
  if (error instanceof ApiError && error.status === 409) return { kind: 'locked', message: problem.form };
  const criteria = Object.fromEntries(
    Object.entries(problem.fields).map(([path, message]) => [path.replace(/^body\.scores\./, ''), message]),
  );
  const placed = rubric.some((criterion) => criteria[criterion.id] !== undefined);
  return { kind: 'invalid', criteria, form: problem.form ?? (placed ? undefined : Object.values(problem.fields)[0]) };
}
