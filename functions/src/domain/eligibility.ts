/**
 * The eligibility engine: one function that the SPA wizard runs for an instant
 * verdict and the API runs again at submission, so a tampered client cannot pass.
 * A programme's rules are data (`EligibilityRules`); this module only reads them.
 *
 * Every criterion always answers with a plain-language reason in French and
 * English that names the values involved, and a failed criterion carries a hint
 * saying what would make the applicant eligible.
 *
 * Pure module, shared by the API and the SPA: time comes in as `today`.
 */
import { z } from 'zod';
import type { Bilingual } from './errors';
import { formatEuros, isWithinShare, maxPartForShare, minTotalForShare } from './money';
import { communeSchema, LEGAL_FORMS, PROJECT_STAGES, type EligibilityRules, type LegalForm, type ProjectStage } from './program';
import { formatSiret, isValidSiret, normalizeSiret, SIRET_MESSAGE } from './siret';
import type { Locale } from './user';

/** The criteria, in the order the verdict lists them. */
export const CRITERION_IDS = ['legal_form', 'territory', 'stage', 'amount', 'budget_share', 'organisation_age', 'siret'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/**
 * The wizard's answers. Strict, so a client cannot slip in a field the engine
 * would ignore. The SIRET is only normalised here (an empty field becomes null):
 * its validity is a criterion, so the applicant gets a reason rather than a 400.
 */
export const eligibilityAnswersSchema = z.strictObject({
  legalForm: z.enum(LEGAL_FORMS),
  communeInsee: communeSchema.shape.insee,
  stage: z.enum(PROJECT_STAGES),
  amountRequestedCents: z.number().int().min(0).max(100_000_000_000),
  totalBudgetCents: z.number().int().positive().max(1_000_000_000_000),
  siret: z
    .string()
    .max(64)
    .transform((value) => normalizeSiret(value) || null)
    .nullable(),
  creationDate: z.iso.date().nullable(),
});
export type EligibilityAnswers = z.output<typeof eligibilityAnswersSchema>;
export type EligibilityAnswersInput = z.input<typeof eligibilityAnswersSchema>;

const bilingualSchema = z.object({ fr: z.string(), en: z.string() });

/** The verdict, as a schema so the API can declare it as a response body. */
export const eligibilityResultSchema = z.object({
  eligible: z.boolean(),
  criteria: z.array(
    z.object({
      id: z.enum(CRITERION_IDS),
      passed: z.boolean(),
      reason: bilingualSchema,
      hint: bilingualSchema.optional(),
    }),
  ),
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
export type CriterionResult = EligibilityResult['criteria'][number];

/** What the caller may know beyond the answers; the API usually knows nothing more. */
export type EligibilityContext = { communeName?: string };

/** How each legal form reads inside a sentence, e.g. in the list of accepted forms. */
export const LEGAL_FORM_LABELS: Record<LegalForm, Bilingual> = {
  association: { fr: 'association', en: 'association' },
  scop: { fr: 'SCOP', en: 'SCOP' },
  scic: { fr: 'SCIC', en: 'SCIC' },
  cae: { fr: 'CAE', en: 'CAE' },
  mutuelle: { fr: 'mutuelle', en: 'mutual' },
  fondation: { fr: 'fondation', en: 'foundation' },
  esus: { fr: 'entreprise agréée ESUS', en: 'ESUS-approved company' },
  en_creation: { fr: 'structure en cours de création', en: 'organisation being set up' },
};

const STAGE_PHRASES: Record<ProjectStage, Bilingual> = {
  creation: { fr: 'en création', en: 'at the creation stage' },
  development: { fr: 'en développement', en: 'in development' },
};

type Input = { rules: EligibilityRules; answers: EligibilityAnswers; today: string; context: EligibilityContext };
type Verdict = Omit<CriterionResult, 'id'>;

const CHECKS: Record<CriterionId, (input: Input) => Verdict> = {
  legal_form: checkLegalForm,
  territory: checkTerritory,
  stage: checkStage,
  amount: checkAmount,
  budget_share: checkBudgetShare,
  organisation_age: checkOrganisationAge,
  siret: checkSiret,
};

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

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Europe/Paris as `YYYY-MM-DD`: the authority's calendar decides
 * ages and deadlines, not the server's UTC clock nor the visitor's time zone.
 */
export function parisToday(now: Date): string {
  const parts = PARIS_DATE.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Whole calendar months from `from` to `to` (`YYYY-MM-DD`, `from` not after `to`).
 * A month is complete on the same day number, or on the last day of a shorter
 * month, as French law counts months (code de procédure civile, art. 641): from
 * 31 January, one month is reached on 28 (or 29) February; from 29 February 2024,
 * twelve months are reached on 28 February 2025.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  const anniversaryDay = Math.min(start.day, daysInMonth(end.year, end.month));
  return end.day < anniversaryDay ? months - 1 : months;
}

function checkLegalForm({ rules, answers }: Input): Verdict {
  const label = LEGAL_FORM_LABELS[answers.legalForm];
  if (rules.legalForms.includes(answers.legalForm)) {
    if (answers.legalForm === 'en_creation') {
      return pass({
        fr: 'Ce programme est ouvert aux structures en cours de création.',
        en: 'This programme is open to organisations still being set up.',
      });
    }
    return pass({
      fr: `Votre forme juridique (${label.fr}) est acceptée par ce programme.`,
      en: `Your legal form (${label.en}) is accepted by this programme.`,
    });
  }
  const accepted = list(rules.legalForms.map((form) => LEGAL_FORM_LABELS[form]), 'conjunction');
  if (answers.legalForm === 'en_creation') {
    return fail(
      {
        fr: `Ce programme n'est pas ouvert aux structures en cours de création. Formes acceptées : ${accepted.fr}.`,
        en: `This programme is not open to organisations still being set up. Accepted forms: ${accepted.en}.`,
      },
      {
        fr: "Vous pourrez candidater une fois votre structure immatriculée sous l'une de ces formes.",
        en: 'You can apply once your organisation is registered under one of these forms.',
      },
    );
  }
  return fail(
    {
      fr: `Ce programme n'est pas ouvert à votre forme juridique (${label.fr}). Formes acceptées : ${accepted.fr}.`,
      en: `This programme is not open to your legal form (${label.en}). Accepted forms: ${accepted.en}.`,
    },
    {
      fr: "Si votre structure adopte l'une de ces formes, vous pourrez candidater ; sinon, le service ESS peut vous orienter vers un autre dispositif.",
      en: 'If your organisation takes one of these forms you can apply; otherwise the ESS unit can point you to another scheme.',
    },
  );
}

function checkTerritory({ rules, answers, context }: Input): Verdict {
  const { territory } = rules;
  const code = answers.communeInsee;
  const commune = territory.communes.find((c) => c.insee === code);
  if (commune) {
    return pass({
      fr: `${commune.name} fait partie du territoire du programme (${territory.name}).`,
      en: `${commune.name} is in the programme's area (${territory.name}).`,
    });
  }
  const name = context.communeName?.trim();
  const subject = name
    ? { fr: `${name} (code INSEE ${code})`, en: `${name} (INSEE code ${code})` }
    : { fr: `La commune choisie (code INSEE ${code})`, en: `The chosen commune (INSEE code ${code})` };
  const count = territory.communes.length;
  return fail(
    {
      fr: `${subject.fr} n'est pas dans le territoire du programme (${territory.name}).`,
      en: `${subject.en} is not in the programme's area (${territory.name}).`,
    },
    {
      fr: `Le projet doit se dérouler sur le territoire du programme (${territory.name}, ${count} commune${count > 1 ? 's' : ''}) ; si c'est le cas, choisissez la commune où il a lieu.`,
      en: `The project must take place in the programme's area (${territory.name}, ${count} commune${count > 1 ? 's' : ''}); if it does, choose the commune where it happens.`,
    },
  );
}

function checkStage({ rules, answers }: Input): Verdict {
  const stage = STAGE_PHRASES[answers.stage];
  if (rules.stages.includes(answers.stage)) {
    return pass({
      fr: `Ce programme finance les projets ${stage.fr}, comme le vôtre.`,
      en: `This programme funds projects ${stage.en}, like yours.`,
    });
  }
  const accepted = list(rules.stages.map((s) => STAGE_PHRASES[s]), 'disjunction');
  const hint =
    answers.stage === 'creation'
      ? {
          fr: "Ce programme s'adresse aux projets déjà lancés : vous pourrez candidater quand votre activité aura démarré.",
          en: 'This programme is for projects already under way: you can apply once your activity has started.',
        }
      : {
          fr: 'Ce programme finance le démarrage de projets ; pour un projet déjà lancé, le service ESS peut vous orienter vers un autre dispositif.',
          en: 'This programme funds projects getting started; for a project already under way, the ESS unit can point you to another scheme.',
        };
  return fail(
    {
      fr: `Ce programme ne finance que les projets ${accepted.fr} ; votre projet est ${stage.fr}.`,
      en: `This programme only funds projects ${accepted.en}; yours is ${stage.en}.`,
    },
    hint,
  );
}

function checkAmount({ rules, answers }: Input): Verdict {
  const { minAmountCents: min, maxAmountCents: max } = rules;
  const amount = euros(answers.amountRequestedCents);
  if (answers.amountRequestedCents < min) {
    return fail(
      {
        fr: `Le montant demandé (${amount.fr}) est inférieur au minimum du programme (${euros(min).fr}).`,
        en: `The amount requested (${amount.en}) is below the programme's minimum (${euros(min).en}).`,
      },
      amountHint(rules, answers),
    );
  }
  if (answers.amountRequestedCents > max) {
    return fail(
      {
        fr: `Le montant demandé (${amount.fr}) dépasse le plafond du programme (${euros(max).fr}).`,
        en: `The amount requested (${amount.en}) is above the programme's ceiling (${euros(max).en}).`,
      },
      amountHint(rules, answers),
    );
  }
  return pass({
    fr: `Le montant demandé (${amount.fr}) est compris entre ${euros(min).fr} et ${euros(max).fr}.`,
    en: `The amount requested (${amount.en}) is between ${euros(min).en} and ${euros(max).en}.`,
  });
}

function checkBudgetShare({ rules, answers }: Input): Verdict {
  const { amountRequestedCents: amount, totalBudgetCents: total } = answers;
  const cap = percent(rules.maxShareOfBudgetPercent * 10);
  if (amount > total) {
    return fail(
      {
        fr: `La subvention demandée (${euros(amount).fr}) dépasse le budget total du projet (${euros(total).fr}) ; le programme finance au plus ${cap.fr} du budget.`,
        en: `The grant requested (${euros(amount).en}) is more than the project's total budget (${euros(total).en}); the programme funds at most ${cap.en} of the budget.`,
      },
      shareHint(rules, answers),
    );
  }
  if (!isWithinShare(amount, total, rules.maxShareOfBudgetPercent)) {
    const share = percent(shareInTenths(amount, total, 'up'));
    return fail(
      {
        fr: `La subvention demandée représenterait ${share.fr} du budget du projet ; le programme finance au plus ${cap.fr}.`,
        en: `The grant requested would be ${share.en} of the project budget; the programme funds at most ${cap.en}.`,
      },
      shareHint(rules, answers),
    );
  }
  const share = percent(shareInTenths(amount, total, 'down'));
  return pass({
    fr: `La subvention demandée représente ${share.fr} du budget du projet (${euros(total).fr}), dans la limite de ${cap.fr}.`,
    en: `The grant requested is ${share.en} of the project budget (${euros(total).en}), within the ${cap.en} limit.`,
  });
}

function checkOrganisationAge({ rules, answers, today }: Input): Verdict {
  const created = answers.legalForm === 'en_creation' ? null : answers.creationDate;
  if (created !== null && created > today) return futureCreationDate(created, today);
  const { min, max } = ageLimits(rules);
  if (min === null && max === null) {
    return pass({
      fr: "Aucune condition d'ancienneté pour ce programme.",
      en: 'This programme sets no condition on how long the organisation has existed.',
    });
  }
  const age = created === null ? 0 : wholeMonthsBetween(created, today);
  if (min !== null && age < min) return tooYoung(answers.legalForm, created, min, age);
  if (max !== null && age > max) return tooOld(max, age);
  const condition = ageCondition(min, max);
  if (created !== null) {
    return pass({
      fr: `La structure a ${age} mois ; le programme demande ${condition.fr}.`,
      en: `The organisation is ${months(age)} old; the programme requires ${condition.en}.`,
    });
  }
  return pass(
    answers.legalForm === 'en_creation'
      ? {
          fr: `Une structure en cours de création remplit la condition d'ancienneté (${condition.fr}).`,
          en: `An organisation being set up meets the age condition (${condition.en}).`,
        }
      : {
          fr: `Sans date de création indiquée, la structure est considérée comme en cours de création, ce qui remplit la condition d'ancienneté (${condition.fr}).`,
          en: `Without a creation date, the organisation is treated as being set up, which meets the age condition (${condition.en}).`,
        },
  );
}

/** A minimum of 0 months is no minimum, so it reads "no condition" rather than "at least 0 months". */
function ageLimits(rules: EligibilityRules): { min: number | null; max: number | null } {
  const limits = rules.organisationAgeMonths;
  return { min: limits?.min ? limits.min : null, max: limits?.max ?? null };
}

function futureCreationDate(creationDate: string, today: string): Verdict {
  return fail(
    {
      fr: `La date de création indiquée (${displayDate(creationDate)}) est postérieure à aujourd'hui (${displayDate(today)}) : vérifiez-la.`,
      en: `The creation date given (${displayDate(creationDate)}) is after today (${displayDate(today)}): please check it.`,
    },
    {
      fr: "Indiquez la date de création figurant sur l'avis de situation Sirene ; si la structure n'existe pas encore, choisissez « structure en cours de création ».",
      en: 'Enter the creation date shown on the Sirene registration notice; if the organisation does not exist yet, choose “organisation being set up”.',
    },
  );
}

/** Too young to apply; `created` is null for a structure being set up or with no creation date. */
function tooYoung(legalForm: LegalForm, created: string | null, min: number, age: number): Verdict {
  const rule = { fr: `La structure doit exister depuis au moins ${min} mois`, en: `The organisation must have existed for at least ${months(min)}` };
  if (legalForm === 'en_creation') {
    return fail(
      {
        fr: `${rule.fr} ; une structure en cours de création ne remplit pas cette condition.`,
        en: `${rule.en}; one still being set up does not meet this condition.`,
      },
      {
        fr: `Vous pourrez candidater quand votre structure, une fois immatriculée, aura ${min} mois d'existence.`,
        en: `You can apply once your organisation, after registration, is ${months(min)} old.`,
      },
    );
  }
  if (created === null) {
    return fail(
      {
        fr: `${rule.fr} ; sans date de création indiquée, elle est considérée comme en cours de création.`,
        en: `${rule.en}; without a creation date, it is treated as being set up.`,
      },
      {
        fr: "Indiquez la date de création de votre structure (elle figure sur l'avis de situation Sirene).",
        en: "Enter your organisation's creation date (it is on the Sirene registration notice).",
      },
    );
  }
  const eligibleFrom = displayDate(addMonths(created, min));
  return fail(
    { fr: `${rule.fr} ; elle a ${age} mois.`, en: `${rule.en}; it is ${months(age)} old.` },
    {
      fr: `La structure aura ${min} mois le ${eligibleFrom} : elle pourra candidater à partir de cette date.`,
      en: `The organisation will be ${months(min)} old on ${eligibleFrom}: it can apply from that date.`,
    },
  );
}

function tooOld(max: number, age: number): Verdict {
  return fail(
    {
      fr: `Ce programme s'adresse aux structures de ${max} mois d'existence au plus ; la vôtre a ${age} mois.`,
      en: `This programme is for organisations at most ${months(max)} old; yours is ${months(age)} old.`,
    },
    {
      fr: 'Ce programme ne peut pas financer votre structure ; le service ESS peut vous orienter vers un dispositif adapté à son ancienneté.',
      en: 'This programme cannot fund your organisation; the ESS unit can point you to a scheme suited to its age.',
    },
  );
}

function ageCondition(min: number | null, max: number | null): Bilingual {
  if (min !== null && max !== null) {
    return { fr: `entre ${min} et ${max} mois d'existence`, en: `between ${min} and ${months(max)} of existence` };
  }
  if (max !== null) return { fr: `au plus ${max} mois d'existence`, en: `at most ${months(max)} of existence` };
  return { fr: `au moins ${min} mois d'existence`, en: `at least ${months(min ?? 0)} of existence` };
}

function checkSiret({ rules, answers }: Input): Verdict {
  const { siret } = answers;
  if (rules.siretRequired && answers.legalForm === 'en_creation') {
    return fail(
      {
        fr: 'Un numéro SIRET est exigé pour ce programme : les structures en cours de création ne peuvent pas candidater.',
        en: 'This programme requires a SIRET number: organisations still being set up cannot apply.',
      },
      {
        fr: "Vous pourrez candidater une fois votre structure immatriculée et son SIRET attribué par l'INSEE.",
        en: 'You can apply once your organisation is registered and INSEE has given it a SIRET number.',
      },
    );
  }
  if (siret !== null && !isValidSiret(siret)) {
    return fail(
      {
        fr: `${SIRET_MESSAGE.fr} Numéro saisi : ${formatSiret(siret)}.`,
        en: `${SIRET_MESSAGE.en} Number entered: ${formatSiret(siret)}.`,
      },
      rules.siretRequired
        ? { fr: `Recopiez-le depuis ${WHERE_TO_FIND_SIRET.fr}.`, en: `Copy it from ${WHERE_TO_FIND_SIRET.en}.` }
        : {
            fr: `Recopiez-le depuis ${WHERE_TO_FIND_SIRET.fr}, ou laissez le champ vide : il est facultatif pour ce programme.`,
            en: `Copy it from ${WHERE_TO_FIND_SIRET.en}, or leave the field empty: it is optional for this programme.`,
          },
    );
  }
  if (siret !== null) {
    return pass({
      fr: `Le numéro SIRET ${formatSiret(siret)} est bien formé (clé de contrôle correcte).`,
      en: `SIRET number ${formatSiret(siret)} is well formed (check digit correct).`,
    });
  }
  if (rules.siretRequired) {
    return fail(
      {
        fr: 'Un numéro SIRET est exigé pour ce programme : indiquez celui de votre structure.',
        en: "This programme requires a SIRET number: enter your organisation's.",
      },
      {
        fr: `Le SIRET (14 chiffres) figure sur ${WHERE_TO_FIND_SIRET.fr}.`,
        en: `The SIRET (14 digits) is on ${WHERE_TO_FIND_SIRET.en}.`,
      },
    );
  }
  return pass({ fr: 'Le SIRET est facultatif pour ce programme.', en: 'A SIRET number is optional for this programme.' });
}

const WHERE_TO_FIND_SIRET: Bilingual = {
  fr: "l'avis de situation Sirene ou annuaire-entreprises.data.gouv.fr",
  en: 'the Sirene registration notice or annuaire-entreprises.data.gouv.fr',
};

/**
 * The amounts that would pass both the programme's bounds and its share of this
 * budget: [min, min(max, floor(total × share / 100))], empty when low > high.
 */
function allowedRange(rules: EligibilityRules, totalCents: number): { low: number; high: number } {
  const high = Math.min(rules.maxAmountCents, maxPartForShare(totalCents, rules.maxShareOfBudgetPercent));
  return { low: rules.minAmountCents, high };
}

function amountHint(rules: EligibilityRules, answers: EligibilityAnswers): Bilingual | undefined {
  const { low, high } = allowedRange(rules, answers.totalBudgetCents);
  if (low > high) return budgetTooSmallHint(rules, answers);
  if (high === rules.maxAmountCents) {
    return {
      fr: `Un montant entre ${euros(low).fr} et ${euros(high).fr} serait accepté.`,
      en: `An amount between ${euros(low).en} and ${euros(high).en} would be accepted.`,
    };
  }
  const cap = percent(rules.maxShareOfBudgetPercent * 10);
  const total = euros(answers.totalBudgetCents);
  return {
    fr: `Un montant entre ${euros(low).fr} et ${euros(high).fr} serait accepté : au-delà, la subvention dépasserait ${cap.fr} de votre budget (${total.fr}).`,
    en: `An amount between ${euros(low).en} and ${euros(high).en} would be accepted: above that, the grant would exceed ${cap.en} of your budget (${total.en}).`,
  };
}

function shareHint(rules: EligibilityRules, answers: EligibilityAnswers): Bilingual | undefined {
  const { low, high } = allowedRange(rules, answers.totalBudgetCents);
  if (low > high) return budgetTooSmallHint(rules, answers);
  const cap = percent(rules.maxShareOfBudgetPercent * 10);
  const total = euros(answers.totalBudgetCents);
  const hint = {
    fr: `Un montant entre ${euros(low).fr} et ${euros(high).fr} respecterait le plafond de ${cap.fr} pour un budget de ${total.fr}.`,
    en: `An amount between ${euros(low).en} and ${euros(high).en} would respect the ${cap.en} cap for a budget of ${total.en}.`,
  };
  const amount = answers.amountRequestedCents;
  if (amount < rules.minAmountCents || amount > rules.maxAmountCents) return hint;
  const neededTotal = euros(minTotalForShare(amount, rules.maxShareOfBudgetPercent));
  return {
    fr: `${hint.fr} Pour demander ${euros(amount).fr}, le budget total du projet devrait atteindre au moins ${neededTotal.fr}.`,
    en: `${hint.en} To request ${euros(amount).en}, the project's total budget would need to be at least ${neededTotal.en}.`,
  };
}

/** No amount fits this budget; rules whose own minimum exceeds their maximum get no hint at all. */
function budgetTooSmallHint(rules: EligibilityRules, answers: EligibilityAnswers): Bilingual | undefined {
  if (rules.minAmountCents > rules.maxAmountCents) return undefined;
  const min = euros(rules.minAmountCents);
  const total = euros(answers.totalBudgetCents);
  const cap = percent(rules.maxShareOfBudgetPercent * 10);
  const neededTotal = euros(minTotalForShare(rules.minAmountCents, rules.maxShareOfBudgetPercent));
  return {
    fr: `Avec un budget de ${total.fr}, aucun montant ne respecte à la fois le minimum de ${min.fr} et le plafond de ${cap.fr} : le budget du projet doit atteindre au moins ${neededTotal.fr}.`,
    en: `With a budget of ${total.en}, no amount meets both the ${min.en} minimum and the ${cap.en} cap: the project budget must be at least ${neededTotal.en}.`,
  };
}

function pass(reason: Bilingual): Verdict {
  return { passed: true, reason };
}

function fail(reason: Bilingual, hint: Bilingual | undefined): Verdict {
  return hint ? { passed: false, reason, hint } : { passed: false, reason };
}

function euros(cents: number): Bilingual {
  return { fr: formatEuros(cents, 'fr'), en: formatEuros(cents, 'en') };
}

const LOCALE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(LOCALE_TAGS.fr, { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE_TAGS.en, { style: 'percent', maximumFractionDigits: 1 }),
};

/**
 * A share in tenths of a percent as "62 %" / "62,3 %" (and "62%" / "62.3%").
 * Callers round up a share that fails and down one that passes, so a displayed
 * value never seems to contradict the verdict (one cent over 50 % shows 50,1 %).
 */
function percent(tenths: number): Bilingual {
  return { fr: PERCENT.fr.format(tenths / 1000), en: PERCENT.en.format(tenths / 1000) };
}


/** part / total in tenths of a percent, rounded exactly with integers. */
function shareInTenths(partCents: number, totalCents: number, rounding: 'up' | 'down'): number {
  const scaled = BigInt(partCents) * 1000n;
  const total = BigInt(totalCents);
  const quotient = scaled / total;
  return Number(rounding === 'up' && scaled % total !== 0n ? quotient + 1n : quotient);
}

/** "a, b et c" / "a, b and c" (or "ou" / "or"), as each language punctuates a list. */
function list(items: Bilingual[], type: 'conjunction' | 'disjunction'): Bilingual {
  return {
    fr: new Intl.ListFormat(LOCALE_TAGS.fr, { type }).format(items.map((item) => item.fr)),
    en: new Intl.ListFormat(LOCALE_TAGS.en, { type }).format(items.map((item) => item.en)),
  };
}

function months(count: number): string {
  return `${count} month${count === 1 ? '' : 's'}`;
}

type IsoDate = { year: number; month: number; day: number };

function parseIsoDate(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${value}"`);
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `date` plus `count` months, landing on the last day of a shorter month (art. 641 again). */
function addMonths(date: string, count: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + count;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** Dates read day first in both French and British English: 28/02/2025. */
function displayDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(day)}/${pad(month)}/${String(year).padStart(4, '0')}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
