/**
 * The verdict when the applicant says their commune is not in the territory's list.
 *
 * The engine and the API identify a commune only by INSEE code, and the wizard
 * knows none for a commune outside the list (it holds only the territory's
 * communes). Sending a made-up code to the API would have it answer about "code
 * INSEE 00000", a code the applicant never gave. So this runs the same engine
 * in the browser (the module is shared with the API), with a placeholder code
 * that no commune has and that never leaves this function, and words the
 * territory criterion from what the applicant actually said. The answer can only
 * be "not eligible", so nothing is decided here that the API would have to trust:
 * no application can be started from it.
 */
import { parisToday } from '../../../../functions/src/domain/calendar';
import { evaluateEligibility } from '../../../../functions/src/domain/eligibility';
import {
  eligibilityAnswersSchema,
  type EligibilityAnswersInput,
  type EligibilityResult,
} from '../../../../functions/src/domain/eligibility-schema';
import type { EligibilityRules } from '../../../../functions/src/domain/program';
import { interpolate } from '../../i18n';
import { enJourney } from '../../i18n/en-journey';
import { frJourney } from '../../i18n/fr-journey';

/** No INSEE code starts with 00 (département 00 does not exist), so this matches no territory. */
const NO_SUCH_COMMUNE = '00000';

/**
 * Every criterion from the shared engine, the territory one failing with a reason
 * that names the commune as typed (or none) rather than a code.
 *
 * @throws ZodError when the other answers are malformed; the wizard validates them first.
 */
export function unlistedCommuneVerdict(
  rules: EligibilityRules,
  answers: Omit<EligibilityAnswersInput, 'communeInsee'>,
  communeName: string,
  now: Date = new Date(),
): EligibilityResult {
  const parsed = eligibilityAnswersSchema.parse({ ...answers, communeInsee: NO_SUCH_COMMUNE });
  const result = evaluateEligibility(rules, parsed, parisToday(now));
  const name = communeName.trim();
  const params = { commune: name, territory: rules.territory.name };
  const fr = name ? frJourney['elig.unlisted.reason'] : frJourney['elig.unlisted.reasonNoName'];
  const en = name ? enJourney['elig.unlisted.reason'] : enJourney['elig.unlisted.reasonNoName'];
  const reason = { fr: interpolate(fr, params), en: interpolate(en, params) };
  return {
    eligible: false,
    criteria: result.criteria.map((criterion) => (criterion.id === 'territory' ? { ...criterion, passed: false, reason } : criterion)),
  };
}
