/**
 * Six made-up applicants the builder runs the rules against while a manager edits
 * them, so the effect of a cap, a share or an age limit is seen before anyone
 * applies. Four are ordinary ESS requests with typical, fixed amounts (so lowering
 * the cap or raising the minimum visibly shuts some out); they live in the
 * territory's first communes, and their age fits its limits when it has any. Two
 * are built from the rules to stand just outside them: a request above the cap,
 * and one above the budget share.
 *
 * Pure module.
 */
import type { EligibilityAnswers } from '../../../../functions/src/domain/eligibility-schema';
import { minTotalForShare } from '../../../../functions/src/domain/money';
import type { Commune, EligibilityRules } from '../../../../functions/src/domain/program';
import { addCalendarMonths } from '../../../../functions/src/domain/paris-time';

export const SAMPLE_IDS = ['association', 'scop_creation', 'foundation_outside', 'above_cap', 'above_share', 'young'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

/** A made-up applicant: the wizard's answers, the commune's name, and its age in months (null while being set up). */
export interface SampleProfile {
  id: SampleId;
  answers: EligibilityAnswers;
  communeName: string;
  insideTerritory: boolean;
  ageMonths: number | null;
}

/** A valid SIRET (Luhn key correct), so the SIRET criterion only fails where a profile has none. */
const SIRET = '73282932000074';

/** Communes far from any agglomeration a manager is likely to set up; the first not in the territory is used. */
const ELSEWHERE: Commune[] = [
  { insee: '59350', postcode: '59000', name: 'Lille' },
  { insee: '13055', postcode: '13001', name: 'Marseille' },
  { insee: '29019', postcode: '29200', name: 'Brest' },
];

const HUNDRED_EUROS = 100_00;
const roundToHundred = (cents: number) => Math.round(cents / HUNDRED_EUROS) * HUNDRED_EUROS;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** An age that meets the programme's limits when it has any: the middle of the range, or a plausible one. */
function typicalAge(rules: EligibilityRules): number {
  const min = rules.organisationAgeMonths?.min ?? null;
  const max = rules.organisationAgeMonths?.max ?? null;
  if (min !== null && max !== null) return Math.round((min + max) / 2);
  if (min !== null) return min + 12;
  if (max !== null) return Math.floor(max / 2);
  return 24;
}

/** The profiles for these rules, evaluated on `today` (Paris, `YYYY-MM-DD`). */
export function sampleProfiles(rules: EligibilityRules, today: string): SampleProfile[] {
  const { minAmountCents: min, maxAmountCents: max, maxShareOfBudgetPercent: share } = rules;
  const communes = rules.territory.communes;
  const home = communes[0] ?? ELSEWHERE[0]!;
  const neighbour = communes[1] ?? home;
  const away = ELSEWHERE.find((c) => !communes.some((own) => own.insee === c.insee)) ?? ELSEWHERE[0]!;
  // A budget where the request is half the allowed share: comfortably within it.
  const comfortable = (amount: number) => Math.max(minTotalForShare(amount, share) * 2, HUNDRED_EUROS);
  const aboveCap = Math.max(roundToHundred(max * 1.2), max + HUNDRED_EUROS);
  const withinRange = clamp(10_000_00, min, max);
  const age = typicalAge(rules);
  const ageMin = rules.organisationAgeMonths?.min ?? 0;
  const youngAge = ageMin > 0 ? ageMin - 1 : 2;

  const profile = (
    id: SampleId,
    commune: Commune,
    answers: Omit<EligibilityAnswers, 'communeInsee' | 'siret' | 'creationDate'>,
    ageMonths: number | null,
  ): SampleProfile => ({
    id,
    communeName: commune.name,
    insideTerritory: communes.some((c) => c.insee === commune.insee),
    ageMonths,
    answers: {
      ...answers,
      communeInsee: commune.insee,
      siret: ageMonths === null ? null : SIRET,
      creationDate: ageMonths === null ? null : addCalendarMonths(today, -ageMonths),
    },
  });

  return [
    profile(
      'association',
      home,
      { legalForm: 'association', stage: 'development', amountRequestedCents: 15_000_00, totalBudgetCents: 45_000_00 },
      age,
    ),
    profile(
      'scop_creation',
      neighbour,
      { legalForm: 'en_creation', stage: 'creation', amountRequestedCents: 8_000_00, totalBudgetCents: 20_000_00 },
      null,
    ),
    profile(
      'foundation_outside',
      away,
      { legalForm: 'fondation', stage: 'development', amountRequestedCents: 12_000_00, totalBudgetCents: 40_000_00 },
      age,
    ),
    profile(
      'above_cap',
      home,
      { legalForm: 'scic', stage: 'development', amountRequestedCents: aboveCap, totalBudgetCents: comfortable(aboveCap) },
      age,
    ),
    profile(
      'above_share',
      neighbour,
      {
        legalForm: 'scop',
        stage: 'development',
        amountRequestedCents: withinRange,
        totalBudgetCents: Math.max(Math.floor((withinRange * 100) / (share + 20)), 1),
      },
      age,
    ),
    profile(
      'young',
      home,
      { legalForm: 'association', stage: 'creation', amountRequestedCents: 5_000_00, totalBudgetCents: 15_000_00 },
      youngAge,
    ),
  ];
}
