/**
 * A builder problem as a sentence in the reader's language: either the API's
 * bilingual message or one of the builder's own, looked up in the dictionaries.
 */
import { useI18n } from '../../i18n';
import type { BuilderProblem } from './program-validation';

/** Returns the function that words a problem in the current language (re-evaluated on switch). */
export function useProblemText(): (problem: BuilderProblem) => string {
  const { locale, t } = useI18n();
  return (problem) => ('key' in problem ? t(problem.key, problem.params) : problem.message[locale()]);
}
