import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parisToday, wholeMonthsBetween } from '../../../functions/src/domain/calendar';
import { evaluateEligibility, whatWouldChange } from '../../../functions/src/domain/eligibility';
import {
  CRITERION_IDS,
  eligibilityAnswersSchema,
  type CriterionId,
  type EligibilityAnswers,
  type EligibilityResult,
} from '../../../functions/src/domain/eligibility-schema';
import { LEGAL_FORMS, PROJECT_STAGES, type EligibilityRules } from '../../../functions/src/domain/program';
import { SIRET_MESSAGE } from '../../../functions/src/domain/siret';
import { demoPrograms } from '../../../functions/src/local/demo-data';

const TODAY = '2026-11-28';
const PROGRAMS = demoPrograms(new Date('2026-11-28T10:00:00Z'));

function rulesOf(id: string): EligibilityRules {
  const program = PROGRAMS.find((p) => p.id === id);
  if (!program) throw new Error(`demo programme ${id} is missing`);
  return program.rules;
}

/** Seed fund: every legal form, both stages, 1 000–30 000 €, ≤ 50 %, ≤ 36 months, SIRET optional. */
const SEED = rulesOf('amorcage-ess');
/** Social innovation: no en_creation, development only, 5 000–80 000 €, ≤ 60 %, ≥ 12 months, SIRET required. */
const INNOVATION = rulesOf('innovation-sociale');
const RULES = { seed: SEED, innovation: INNOVATION };
type ProgramName = keyof typeof RULES;

/** A SCIC in Arras, 26 months old, asking 12 000 € of a 40 000 € budget: eligible for both. */
const BASE: EligibilityAnswers = {
  legalForm: 'scic',
  communeInsee: '62041',
  stage: 'development',
  amountRequestedCents: 12_000_00,
  totalBudgetCents: 40_000_00,
  siret: '73282932000074',
  creationDate: '2024-09-01',
};

/** An organisation still being set up, with no SIRET nor creation date yet. */
const BEING_CREATED: EligibilityAnswers = { ...BASE, legalForm: 'en_creation', stage: 'creation', siret: null, creationDate: null };

/** Intl writes no-break spaces in "30 000 €" and "50 %"; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function criterion(result: EligibilityResult, id: CriterionId) {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`criterion ${id} is missing`);
  return {
    passed: found.passed,
    fr: plain(found.reason.fr),
    en: plain(found.reason.en),
    hint: found.hint && { fr: plain(found.hint.fr), en: plain(found.hint.en) },
  };
}

function check(program: ProgramName, changes: Partial<EligibilityAnswers>, id: CriterionId, today = TODAY) {
  return criterion(evaluateEligibility(RULES[program], { ...BASE, ...changes }, today), id);
}

describe('the verdict', () => {
  it.each(['seed', 'innovation'] as const)('finds the base answers eligible for the %s programme', (program) => {
    const result = evaluateEligibility(RULES[program], BASE, TODAY);
    expect(result.criteria.filter((c) => !c.passed)).toEqual([]);
    expect(result.eligible).toBe(true);
    expect(whatWouldChange(result)).toEqual([]);
  });

  it.each([
    ['eligible answers', BASE],
    [
      'answers failing everything',
      { ...BASE, legalForm: 'en_creation', communeInsee: '62498', stage: 'creation', amountRequestedCents: 1, siret: '123' },
    ],
  ] as const)('always lists the seven criteria in the same order (%s)', (_label, answers) => {
    for (const rules of [SEED, INNOVATION]) {
      expect(evaluateEligibility(rules, answers, TODAY).criteria.map((c) => c.id)).toEqual([
        'legal_form',
        'territory',
        'stage',
        'amount',
        'budget_share',
        'organisation_age',
        'siret',
      ]);
    }
  });

  it('lets a structure being set up apply to the seed fund', () => {
    const result = evaluateEligibility(SEED, BEING_CREATED, TODAY);
    expect(result.eligible).toBe(true);
    expect(plain(result.criteria[0]?.reason.fr ?? '')).toBe('Ce programme est ouvert aux structures en cours de création.');
  });

  it('tells a structure being set up every reason it cannot apply to the social innovation call', () => {
    const result = evaluateEligibility(INNOVATION, BEING_CREATED, TODAY);
    expect(result.eligible).toBe(false);
    expect(result.criteria.filter((c) => !c.passed).map((c) => c.id)).toEqual(['legal_form', 'stage', 'organisation_age', 'siret']);
    expect(criterion(result, 'siret').fr).toBe(
      'Un numéro SIRET est exigé pour ce programme : les structures en cours de création ne peuvent pas candidater.',
    );
    expect(whatWouldChange(result)).toHaveLength(4);
  });

  it('refuses a date that is not YYYY-MM-DD as today, since it is a caller bug', () => {
    expect(() => evaluateEligibility(SEED, BASE, '2026-02-30')).toThrow(RangeError);
    expect(() => evaluateEligibility(SEED, BASE, '28/11/2026')).toThrow(RangeError);
  });
});

describe('answers schema', () => {
  it('normalises the SIRET and turns an empty field into null', () => {
    expect(eligibilityAnswersSchema.parse({ ...BASE, siret: '732 829 320 00074' }).siret).toBe('73282932000074');
    expect(eligibilityAnswersSchema.parse({ ...BASE, siret: ' ' }).siret).toBeNull();
    expect(eligibilityAnswersSchema.parse({ ...BASE, siret: null }).siret).toBeNull();
  });

  it('keeps an invalid SIRET so the engine can explain it', () => {
    expect(eligibilityAnswersSchema.parse({ ...BASE, siret: '73282932000075' }).siret).toBe('73282932000075');
  });

  it.each([
    ['an extra key a tampered client might add', { ...BASE, eligible: true }],
    ['a 4-digit INSEE code', { ...BASE, communeInsee: '6204' }],
    ['a made-up Corsican code', { ...BASE, communeInsee: '2C004' }],
    ['an unknown legal form', { ...BASE, legalForm: 'sarl' }],
    ['an unknown stage', { ...BASE, stage: 'maturity' }],
    ['an amount in euros with cents', { ...BASE, amountRequestedCents: 12.5 }],
    ['a negative amount', { ...BASE, amountRequestedCents: -1 }],
    ['an amount above 1 billion euros', { ...BASE, amountRequestedCents: 100_000_000_001 }],
    ['a zero budget', { ...BASE, totalBudgetCents: 0 }],
    ['29 February of a common year', { ...BASE, creationDate: '2023-02-29' }],
    ['a French-style date', { ...BASE, creationDate: '01/09/2024' }],
    ['a missing field', { ...BASE, siret: undefined }],
  ])('rejects %s', (_label, input) => {
    expect(eligibilityAnswersSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ['a Corsican INSEE code', { ...BASE, communeInsee: '2A004' }],
    ['29 February of a leap year', { ...BASE, creationDate: '2024-02-29' }],
    ['no creation date', { ...BASE, creationDate: null }],
    ['a zero amount', { ...BASE, amountRequestedCents: 0 }],
  ])('accepts %s', (_label, input) => {
    expect(eligibilityAnswersSchema.safeParse(input).success).toBe(true);
  });
});

describe('legal_form', () => {
  it.each([
    ...LEGAL_FORMS.map((form) => ['seed', form, true] as const),
    ...LEGAL_FORMS.map((form) => ['innovation', form, form !== 'en_creation'] as const),
  ])('%s programme, %s → passed %s', (program, legalForm, passed) => {
    expect(check(program, { legalForm }, 'legal_form').passed).toBe(passed);
  });

  it('names the form and the accepted ones', () => {
    expect(check('seed', { legalForm: 'scop' }, 'legal_form').fr).toBe('Votre forme juridique (SCOP) est acceptée par ce programme.');
    const rules = { ...SEED, legalForms: ['association', 'scop'] as EligibilityRules['legalForms'] };
    const result = criterion(evaluateEligibility(rules, { ...BASE, legalForm: 'esus' }, TODAY), 'legal_form');
    expect(result.fr).toBe(
      "Ce programme n'est pas ouvert à votre forme juridique (entreprise agréée ESUS). Formes acceptées : association et SCOP.",
    );
    expect(result.en).toBe('This programme is not open to your legal form (ESUS-approved company). Accepted forms: association and SCOP.');
  });

  it('explains to a structure being set up which forms it could register as', () => {
    const result = check('innovation', { legalForm: 'en_creation' }, 'legal_form');
    expect(result.fr).toBe(
      "Ce programme n'est pas ouvert aux structures en cours de création. Formes acceptées : association, SCOP, SCIC, CAE, mutuelle, fondation et entreprise agréée ESUS.",
    );
    expect(result.hint?.fr).toBe("Vous pourrez candidater une fois votre structure immatriculée sous l'une de ces formes.");
  });
});

describe('territory', () => {
  it.each([
    ['62041', true],
    ['62004', true],
    ['62872', true],
    ['62498', false],
    ['75056', false],
    ['2A004', false],
  ])('INSEE %s → passed %s', (communeInsee, passed) => {
    expect(check('seed', { communeInsee }, 'territory').passed).toBe(passed);
  });

  it('names a commune of the territory', () => {
    const result = check('seed', { communeInsee: '62041' }, 'territory');
    expect(result.fr).toBe("Arras fait partie du territoire du programme (Communauté urbaine d'Arras).");
    expect(result.en).toBe("Arras is in the programme's area (Communauté urbaine d'Arras).");
  });

  it('refuses Lens by its INSEE code when the caller does not know its name', () => {
    const result = check('seed', { communeInsee: '62498' }, 'territory');
    expect(result.fr).toBe("La commune choisie (code INSEE 62498) n'est pas dans le territoire du programme (Communauté urbaine d'Arras).");
    expect(result.en).toBe("The chosen commune (INSEE code 62498) is not in the programme's area (Communauté urbaine d'Arras).");
    expect(result.hint?.fr).toBe(
      "Le projet doit se dérouler sur le territoire du programme (Communauté urbaine d'Arras, 14 communes) ; si c'est le cas, choisissez la commune où il a lieu.",
    );
  });

  it('names Lens when the caller knows it', () => {
    const result = criterion(evaluateEligibility(SEED, { ...BASE, communeInsee: '62498' }, TODAY, { communeName: 'Lens' }), 'territory');
    expect(result.fr).toBe("Lens (code INSEE 62498) n'est pas dans le territoire du programme (Communauté urbaine d'Arras).");
  });

  it("prefers the programme's own name for a commune inside the territory", () => {
    const result = criterion(evaluateEligibility(SEED, BASE, TODAY, { communeName: 'ARRAS CEDEX' }), 'territory');
    expect(result.fr).toBe("Arras fait partie du territoire du programme (Communauté urbaine d'Arras).");
  });
});

describe('stage', () => {
  it.each([
    ['seed', 'creation', true],
    ['seed', 'development', true],
    ['innovation', 'creation', false],
    ['innovation', 'development', true],
  ] as const)('%s programme, %s → passed %s', (program, stage, passed) => {
    expect(check(program, { stage }, 'stage').passed).toBe(passed);
  });

  it('says which stage the programme funds', () => {
    const result = check('innovation', { stage: 'creation' }, 'stage');
    expect(result.fr).toBe('Ce programme ne finance que les projets en développement ; votre projet est en création.');
    expect(result.en).toBe('This programme only funds projects in development; yours is at the creation stage.');
  });

  it.each(PROJECT_STAGES)('gives a hint to a %s project refused for its stage', (stage) => {
    const other = stage === 'creation' ? 'development' : 'creation';
    const rules = { ...SEED, stages: [other] as EligibilityRules['stages'] };
    expect(criterion(evaluateEligibility(rules, { ...BASE, stage }, TODAY), 'stage').hint?.fr).toMatch(/\S/);
  });
});

describe('amount', () => {
  it.each([
    ['seed', 'below the minimum', 999_99, false],
    ['seed', 'exactly the minimum', 1_000_00, true],
    ['seed', 'exactly the maximum', 30_000_00, true],
    ['seed', 'one cent over the maximum', 30_000_01, false],
    ['seed', 'nothing', 0, false],
    ['innovation', 'below the minimum', 4_999_99, false],
    ['innovation', 'exactly the minimum', 5_000_00, true],
    ['innovation', 'exactly the maximum', 80_000_00, true],
    ['innovation', 'one cent over the maximum', 80_000_01, false],
  ] as const)('%s programme, %s → passed %s', (program, _label, amountRequestedCents, passed) => {
    expect(check(program, { amountRequestedCents, totalBudgetCents: 1_000_000_00 }, 'amount', TODAY).passed).toBe(passed);
  });

  it.each([
    [
      12_000_00,
      'Le montant demandé (12 000 €) est compris entre 1 000 € et 30 000 €.',
      'The amount requested (€12,000) is between €1,000 and €30,000.',
    ],
    [
      40_000_00,
      'Le montant demandé (40 000 €) dépasse le plafond du programme (30 000 €).',
      "The amount requested (€40,000) is above the programme's ceiling (€30,000).",
    ],
    [
      500_00,
      'Le montant demandé (500 €) est inférieur au minimum du programme (1 000 €).',
      "The amount requested (€500) is below the programme's minimum (€1,000).",
    ],
    [
      1_234_56,
      'Le montant demandé (1 234,56 €) est compris entre 1 000 € et 30 000 €.',
      'The amount requested (€1,234.56) is between €1,000 and €30,000.',
    ],
  ])('explains %d cents with the amounts', (amountRequestedCents, fr, en) => {
    const result = check('seed', { amountRequestedCents, totalBudgetCents: 100_000_00 }, 'amount');
    expect(result.fr).toBe(fr);
    expect(result.en).toBe(en);
  });

  it('hints at the range allowed by both the ceiling and the share of this budget', () => {
    expect(check('seed', { amountRequestedCents: 40_000_00, totalBudgetCents: 100_000_00 }, 'amount').hint?.fr).toBe(
      'Un montant entre 1 000 € et 30 000 € serait accepté.',
    );
    expect(check('seed', { amountRequestedCents: 40_000_00, totalBudgetCents: 30_000_00 }, 'amount').hint?.fr).toBe(
      'Un montant entre 1 000 € et 15 000 € serait accepté : au-delà, la subvention dépasserait 50 % de votre budget (30 000 €).',
    );
  });
});

describe('budget_share', () => {
  it.each([
    ['seed', 'exactly 50 %', 15_000_00, 30_000_00, true],
    ['seed', 'one cent over 50 %', 15_000_01, 30_000_00, false],
    ['seed', '62 %', 18_600_00, 30_000_00, false],
    ['seed', 'more than the whole budget', 40_000_00, 30_000_00, false],
    ['seed', 'nothing', 0, 30_000_00, true],
    ['innovation', 'exactly 60 %', 18_000_00, 30_000_00, true],
    ['innovation', 'one cent over 60 %', 18_000_01, 30_000_00, false],
  ] as const)('%s programme, %s → passed %s', (program, _label, amountRequestedCents, totalBudgetCents, passed) => {
    expect(check(program, { amountRequestedCents, totalBudgetCents }, 'budget_share').passed).toBe(passed);
  });

  it.each([
    [
      18_600_00,
      30_000_00,
      'La subvention demandée représenterait 62 % du budget du projet ; le programme finance au plus 50 %.',
      'The grant requested would be 62% of the project budget; the programme funds at most 50%.',
    ],
    [
      10_000_00,
      16_000_00,
      'La subvention demandée représenterait 62,5 % du budget du projet ; le programme finance au plus 50 %.',
      'The grant requested would be 62.5% of the project budget; the programme funds at most 50%.',
    ],
    [
      15_000_01,
      30_000_00,
      'La subvention demandée représenterait 50,1 % du budget du projet ; le programme finance au plus 50 %.',
      'The grant requested would be 50.1% of the project budget; the programme funds at most 50%.',
    ],
    [
      15_000_00,
      30_000_00,
      'La subvention demandée représente 50 % du budget du projet (30 000 €), dans la limite de 50 %.',
      'The grant requested is 50% of the project budget (€30,000), within the 50% limit.',
    ],
    [
      14_999_99,
      30_000_00,
      'La subvention demandée représente 49,9 % du budget du projet (30 000 €), dans la limite de 50 %.',
      'The grant requested is 49.9% of the project budget (€30,000), within the 50% limit.',
    ],
    [
      40_000_00,
      30_000_00,
      'La subvention demandée (40 000 €) dépasse le budget total du projet (30 000 €) ; le programme finance au plus 50 % du budget.',
      "The grant requested (€40,000) is more than the project's total budget (€30,000); the programme funds at most 50% of the budget.",
    ],
  ])('explains %d of %d cents, rounding so the figure never contradicts the verdict', (amountRequestedCents, totalBudgetCents, fr, en) => {
    const result = check('seed', { amountRequestedCents, totalBudgetCents }, 'budget_share');
    expect(result.fr).toBe(fr);
    expect(result.en).toBe(en);
  });

  it('hints at the largest amount the share allows for this budget', () => {
    const hint = check('seed', { amountRequestedCents: 40_000_00, totalBudgetCents: 30_000_00 }, 'budget_share').hint;
    expect(hint?.fr).toBe('Un montant entre 1 000 € et 15 000 € respecterait le plafond de 50 % pour un budget de 30 000 €.');
    expect(hint?.en).toBe('An amount between €1,000 and €15,000 would respect the 50% cap for a budget of €30,000.');
  });

  it('also hints at the budget that would carry an amount within the bounds', () => {
    const hint = check('seed', { amountRequestedCents: 18_600_00, totalBudgetCents: 30_000_00 }, 'budget_share').hint;
    expect(hint?.fr).toBe(
      'Un montant entre 1 000 € et 15 000 € respecterait le plafond de 50 % pour un budget de 30 000 €. Pour demander 18 600 €, le budget total du projet devrait atteindre au moins 37 200 €.',
    );
  });

  it('says when the budget is too small for any amount', () => {
    const result = evaluateEligibility(SEED, { ...BASE, amountRequestedCents: 1_000_00, totalBudgetCents: 1_500_00 }, TODAY);
    const expected =
      'Avec un budget de 1 500 €, aucun montant ne respecte à la fois le minimum de 1 000 € et le plafond de 50 % : le budget du projet doit atteindre au moins 2 000 €.';
    expect(criterion(result, 'budget_share').hint?.fr).toBe(expected);
    expect(criterion(result, 'amount').passed).toBe(true);
  });
});

describe('organisation_age', () => {
  it.each([
    ['innovation', 'exactly 12 months', '2025-11-28', TODAY, true],
    ['innovation', 'one day short of 12 months', '2025-11-29', TODAY, false],
    ['innovation', 'created on a leap day, 12 months on 28 February', '2024-02-29', '2025-02-28', true],
    ['innovation', 'created on a leap day, the day before', '2024-02-29', '2025-02-27', false],
    ['innovation', 'created on 31 January, 12 months on 31 January', '2025-01-31', '2026-01-31', true],
    ['seed', 'exactly 36 months', '2023-11-28', TODAY, true],
    ['seed', '36 months and 30 days', '2023-10-29', TODAY, true],
    ['seed', '37 months', '2023-10-28', TODAY, false],
    ['seed', 'created today', TODAY, TODAY, true],
    ['seed', 'created tomorrow', '2026-11-29', TODAY, false],
    ['innovation', 'created next year', '2027-03-12', TODAY, false],
  ] as const)('%s programme, %s → passed %s', (program, _label, creationDate, today, passed) => {
    expect(check(program, { creationDate }, 'organisation_age', today).passed).toBe(passed);
  });

  it.each([
    ['innovation', { creationDate: '2026-04-15' }, 'La structure doit exister depuis au moins 12 mois ; elle a 7 mois.'],
    ['seed', { creationDate: '2022-09-01' }, "Ce programme s'adresse aux structures de 36 mois d'existence au plus ; la vôtre a 50 mois."],
    ['seed', { creationDate: '2025-11-28' }, "La structure a 12 mois ; le programme demande au plus 36 mois d'existence."],
    [
      'innovation',
      { legalForm: 'en_creation' },
      'La structure doit exister depuis au moins 12 mois ; une structure en cours de création ne remplit pas cette condition.',
    ],
    [
      'innovation',
      { creationDate: null },
      'La structure doit exister depuis au moins 12 mois ; sans date de création indiquée, elle est considérée comme en cours de création.',
    ],
    [
      'seed',
      { legalForm: 'en_creation', creationDate: null },
      "Une structure en cours de création remplit la condition d'ancienneté (au plus 36 mois d'existence).",
    ],
    [
      'seed',
      { creationDate: '2026-11-29' },
      "La date de création indiquée (29/11/2026) est postérieure à aujourd'hui (28/11/2026) : vérifiez-la.",
    ],
  ] as const)('%s programme, %j: explains in plain French', (program, changes, fr) => {
    expect(check(program, changes, 'organisation_age').fr).toBe(fr);
  });

  it('ignores a planned creation date for a structure being set up', () => {
    expect(check('seed', { legalForm: 'en_creation', creationDate: '2027-01-15' }, 'organisation_age').passed).toBe(true);
  });

  it('says when a young structure will be old enough, counting months as French law does', () => {
    expect(check('innovation', { creationDate: '2026-04-15' }, 'organisation_age').hint?.fr).toBe(
      'La structure aura 12 mois le 15/04/2027 : elle pourra candidater à partir de cette date.',
    );
    expect(check('innovation', { creationDate: '2024-02-29' }, 'organisation_age', '2025-02-27').hint?.en).toBe(
      'The organisation will be 12 months old on 28/02/2025: it can apply from that date.',
    );
  });

  it.each([null, { min: null, max: null }, { min: 0, max: null }])(
    'passes when the programme sets no age condition (%j)',
    (organisationAgeMonths) => {
      const result = evaluateEligibility({ ...SEED, organisationAgeMonths }, { ...BASE, creationDate: '1990-01-01' }, TODAY);
      expect(criterion(result, 'organisation_age')).toMatchObject({ passed: true, fr: "Aucune condition d'ancienneté pour ce programme." });
    },
  );

  it.each([
    ['2024-02-29', '2025-02-28', 12],
    ['2024-02-29', '2025-02-27', 11],
    ['2024-02-29', '2028-02-29', 48],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-02-28', 0],
    ['2023-01-31', '2023-02-28', 1],
    ['2025-12-15', '2026-01-14', 0],
    ['2025-12-15', '2026-01-15', 1],
    ['2026-11-28', '2026-11-28', 0],
  ])('wholeMonthsBetween(%s, %s) = %d', (from, to, expected) => {
    expect(wholeMonthsBetween(from, to)).toBe(expected);
  });
});

describe('siret', () => {
  it.each([
    ['seed', 'no SIRET', { siret: null }, true],
    ['seed', 'a valid SIRET', {}, true],
    ['seed', 'a La Poste SIRET', { siret: '35600000049837' }, true],
    ['seed', 'a mistyped SIRET', { siret: '73282932000075' }, false],
    ['seed', 'a structure being set up without SIRET', { legalForm: 'en_creation', siret: null }, true],
    ['innovation', 'no SIRET', { siret: null }, false],
    ['innovation', 'a valid SIRET', {}, true],
    ['innovation', 'a La Poste SIRET', { siret: '35600000049837' }, true],
    ['innovation', 'a mistyped SIRET', { siret: '73282932000075' }, false],
    ['innovation', 'a 13-digit SIRET', { siret: '7328293200007' }, false],
    ['innovation', 'a structure being set up, even with a SIRET', { legalForm: 'en_creation' }, false],
  ] as const)('%s programme, %s → passed %s', (program, _label, changes, passed) => {
    expect(check(program, changes, 'siret').passed).toBe(passed);
  });

  it.each([
    ['seed', { siret: null }, 'Le SIRET est facultatif pour ce programme.'],
    ['seed', {}, 'Le numéro SIRET 732 829 320 00074 est bien formé (clé de contrôle correcte).'],
    ['innovation', { siret: null }, 'Un numéro SIRET est exigé pour ce programme : indiquez celui de votre structure.'],
    [
      'innovation',
      { legalForm: 'en_creation' },
      'Un numéro SIRET est exigé pour ce programme : les structures en cours de création ne peuvent pas candidater.',
    ],
    ['innovation', { siret: '73282932000075' }, `${SIRET_MESSAGE.fr} Numéro saisi : 732 829 320 00075.`],
  ] as const)('%s programme, %j: explains in plain French', (program, changes, fr) => {
    expect(check(program, changes, 'siret').fr).toBe(fr);
  });

  it('tells an applicant to an optional-SIRET programme they may leave a mistyped SIRET out', () => {
    expect(check('seed', { siret: '73282932000075' }, 'siret').hint?.fr).toBe(
      "Recopiez-le depuis l'avis de situation Sirene ou annuaire-entreprises.data.gouv.fr, ou laissez le champ vide : il est facultatif pour ce programme.",
    );
  });
});

describe('parisToday', () => {
  it.each([
    ['2026-11-28T10:00:00Z', '2026-11-28'],
    ['2026-11-28T22:59:59Z', '2026-11-28'],
    ['2026-11-28T23:00:00Z', '2026-11-29'],
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2024-02-28T23:30:00Z', '2024-02-29'],
  ])('%s is %s in Paris', (instant, expected) => {
    expect(parisToday(new Date(instant))).toBe(expected);
  });
});

describe('properties', () => {
  const insideCodes = SEED.territory.communes.map((c) => c.insee);
  const isoDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const answers = fc.record({
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    communeInsee: fc.oneof(fc.constantFrom(...insideCodes, '62498', '2A004'), fc.stringMatching(/^\d{5}$/)),
    stage: fc.constantFrom(...PROJECT_STAGES),
    amountRequestedCents: fc.oneof(fc.integer({ min: 0, max: 100_000_00 }), fc.integer({ min: 0, max: 100_000_000_000 })),
    totalBudgetCents: fc.oneof(fc.integer({ min: 1, max: 200_000_00 }), fc.integer({ min: 1, max: 1_000_000_000_000 })),
    siret: fc.oneof(
      fc.constant(null),
      fc.constantFrom('73282932000074', '35600000049837', '732 829 320 00075', ''),
      fc.stringMatching(/^[\d .-]{0,20}$/),
    ),
    creationDate: fc.oneof(fc.constant(null), isoDate),
  });
  const anyRules = fc.record({
    legalForms: fc.subarray([...LEGAL_FORMS], { minLength: 1 }),
    territory: fc.constant(SEED.territory),
    stages: fc.subarray([...PROJECT_STAGES], { minLength: 1 }),
    minAmountCents: fc.integer({ min: 0, max: 100_000_00 }),
    maxAmountCents: fc.integer({ min: 1, max: 200_000_00 }),
    maxShareOfBudgetPercent: fc.integer({ min: 1, max: 100 }),
    organisationAgeMonths: fc.option(fc.record({ min: fc.option(fc.nat({ max: 120 })), max: fc.option(fc.integer({ min: 1, max: 120 })) })),
    siretRequired: fc.boolean(),
  });
  const today = isoDate;

  test.prop([fc.oneof(fc.constantFrom(SEED, INNOVATION), anyRules), answers, today])(
    'never throws, lists seven criteria, and is eligible exactly when all pass, with reasons in both languages',
    (rules, input, day) => {
      const parsed = eligibilityAnswersSchema.safeParse(input);
      expect(parsed.success).toBe(true);
      if (!parsed.success) return;
      const result = evaluateEligibility(rules, parsed.data, day);
      expect(result.criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
      expect(result.eligible).toBe(result.criteria.every((c) => c.passed));
      for (const c of result.criteria) {
        expect(c.reason.fr.trim()).not.toBe('');
        expect(c.reason.en.trim()).not.toBe('');
        if (c.passed) expect(c.hint).toBeUndefined();
      }
    },
  );

  test.prop([fc.constantFrom(SEED, INNOVATION), answers])(
    'gives a hint for every failed criterion of the demo programmes',
    (rules, input) => {
      const result = evaluateEligibility(rules, eligibilityAnswersSchema.parse(input), TODAY);
      const failed = result.criteria.filter((c) => !c.passed);
      expect(whatWouldChange(result)).toHaveLength(failed.length);
      for (const hint of whatWouldChange(result)) {
        expect(hint.fr.trim()).not.toBe('');
        expect(hint.en.trim()).not.toBe('');
      }
    },
  );
});
