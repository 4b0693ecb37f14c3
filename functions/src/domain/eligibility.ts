/**
 * The eligibility engine: one function that the SPA wizard runs for an instant
 * verdict and the API runs again at submission, so a tampered client cannot pass.
 * A programme's rules are data (`EligibilityRules`); this module only reads them.
 *
 * Every criterion always answers with a plain-language reason in French and
 * English that names the values involved, and a failed criterion carries a hint
 * saying what would make the applicant eligible. The answers and the verdict are
 * schemas (./eligibility-schema.ts), the criteria have a module each concern
 * (./eligibility-criteria.ts decides, ./eligibility-messages.ts phrases), and the
 * dates come from ./calendar.ts.
 *
 * Pure module, shared by the API and the SPA: time comes in as `today`.
 */
import { parseIsoDate } from './calendar';
import { CHECKS, type Input } from './eligibility-criteria';
import {
  CRITERION_IDS,
  type CriterionResult,
  type EligibilityContext,
  type EligibilityResult,
  type EligibilityAnswers,
} from './eligibility-schema';
import type { Bilingual } from './errors';
import type { EligibilityRules } from './program';

/**
 * Runs every criterion and returns all seven, in {@link CRITERION_IDS} order, so the
 * applicant sees the whole picture rather than the first obstacle.
 *
 * @param answers already parsed by {@link eligibilityAnswersSchema}.
 * @param today the current date in Europe/Paris, `YYYY-MM-DD` (see {@link parisToday}).
 * @param context a commune name the caller knows, used only when the commune is
 *   outside the territory (inside it, the programme's own name for it is used).
 * @throws RangeError when `today` is not a valid `YYYY-MM-DD` date.
 */
export function evaluateEligibility(
  rules: EligibilityRules,
  answers: EligibilityAnswers,
  today: string,
  context: EligibilityContext = {},
): EligibilityResult {
  parseIsoDate(today); // a malformed `today` is a caller bug: throw before judging anyone
  const input: Input = { rules, answers, today, context };
  const criteria = CRITERION_IDS.map((id): CriterionResult => ({ id, ...CHECKS[id](input) }));
  return { eligible: criteria.every((criterion) => criterion.passed), criteria };
}

/** The hints of the failed criteria, in order: what the applicant could change to become eligible. */
export function whatWouldChange(result: EligibilityResult): Bilingual[] {
  return result.criteria.flatMap((criterion) => (!criterion.passed && criterion.hint ? [criterion.hint] : []));
}
