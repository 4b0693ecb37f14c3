/**
 * The eligibility verdict's wording: how legal forms, stages, amounts, shares and
 * dates read in French and English, and the reasons and hints that take more than
 * a sentence to build. The criteria (./eligibility-criteria.ts) decide; this module
 * only phrases. Pure module, shared by the API and the SPA.
 */
import type { CriterionResult, EligibilityAnswers } from './eligibility-schema';
import type { Bilingual } from './errors';
import { addMonths, pad, parseIsoDate } from './calendar';
import { formatEuros, localeTag } from './format';
import { maxPartForShare, minTotalForShare } from './money';
import type { EligibilityRules, LegalForm, ProjectStage } from './program';
import type { Locale } from './user';

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

export const STAGE_PHRASES: Record<ProjectStage, Bilingual> = {
  creation: { fr: 'en création', en: 'at the creation stage' },
  development: { fr: 'en développement', en: 'in development' },
};

export type Verdict = Omit<CriterionResult, 'id'>;

export function pass(reason: Bilingual): Verdict {
  return { passed: true, reason };
}

export function fail(reason: Bilingual, hint: Bilingual | undefined): Verdict {
  return hint ? { passed: false, reason, hint } : { passed: false, reason };
}

export function futureCreationDate(creationDate: string, today: string): Verdict {
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
export function tooYoung(legalForm: LegalForm, created: string | null, min: number, age: number): Verdict {
  const rule = {
    fr: `La structure doit exister depuis au moins ${min} mois`,
    en: `The organisation must have existed for at least ${months(min)}`,
  };
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

export function tooOld(max: number, age: number): Verdict {
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

export function ageCondition(min: number | null, max: number | null): Bilingual {
  if (min !== null && max !== null) {
    return { fr: `entre ${min} et ${max} mois d'existence`, en: `between ${min} and ${months(max)} of existence` };
  }
  if (max !== null) return { fr: `au plus ${max} mois d'existence`, en: `at most ${months(max)} of existence` };
  return { fr: `au moins ${min} mois d'existence`, en: `at least ${months(min ?? 0)} of existence` };
}

export const WHERE_TO_FIND_SIRET: Bilingual = {
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

export function amountHint(rules: EligibilityRules, answers: EligibilityAnswers): Bilingual | undefined {
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

export function shareHint(rules: EligibilityRules, answers: EligibilityAnswers): Bilingual | undefined {
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

export function euros(cents: number): Bilingual {
  return { fr: formatEuros(cents, 'fr'), en: formatEuros(cents, 'en') };
}

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(localeTag('fr'), { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(localeTag('en'), { style: 'percent', maximumFractionDigits: 1 }),
};

/**
 * A share in tenths of a percent as "62 %" / "62,3 %" (and "62%" / "62.3%").
 * Callers round up a share that fails and down one that passes, so a displayed
 * value never seems to contradict the verdict (one cent over 50 % shows 50,1 %).
 */
export function percent(tenths: number): Bilingual {
  return { fr: PERCENT.fr.format(tenths / 1000), en: PERCENT.en.format(tenths / 1000) };
}

/** part / total in tenths of a percent, rounded exactly with integers. */
export function shareInTenths(partCents: number, totalCents: number, rounding: 'up' | 'down'): number {
  const scaled = BigInt(partCents) * 1000n;
  const total = BigInt(totalCents);
  const quotient = scaled / total;
  return Number(rounding === 'up' && scaled % total !== 0n ? quotient + 1n : quotient);
}

/** "a, b et c" / "a, b and c" (or "ou" / "or"), as each language punctuates a list. */
export function list(items: Bilingual[], type: 'conjunction' | 'disjunction'): Bilingual {
  return {
    fr: new Intl.ListFormat(localeTag('fr'), { type }).format(items.map((item) => item.fr)),
    en: new Intl.ListFormat(localeTag('en'), { type }).format(items.map((item) => item.en)),
  };
}

export function months(count: number): string {
  return `${count} month${count === 1 ? '' : 's'}`;
}

/** Dates read day first in both French and British English: 28/02/2025. */
function displayDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(day)}/${pad(month)}/${String(year).padStart(4, '0')}`;
}
