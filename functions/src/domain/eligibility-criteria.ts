/**
 * The seven criteria, one function each: what the rules require of the answers,
 * and which reason (and, on failure, which hint) the verdict gives. The wording
 * comes from ./eligibility-messages.ts. Pure module, shared by the API and the SPA.
 */
import { wholeMonthsBetween } from './calendar';
import type { CriterionId, EligibilityAnswers, EligibilityContext } from './eligibility-schema';
import {
  LEGAL_FORM_LABELS,
  STAGE_PHRASES,
  WHERE_TO_FIND_SIRET,
  ageCondition,
  amountHint,
  euros,
  fail,
  futureCreationDate,
  list,
  months,
  pass,
  percent,
  shareHint,
  shareInTenths,
  tooOld,
  tooYoung,
  type Verdict,
} from './eligibility-messages';
import { isWithinShare } from './money';
import type { EligibilityRules } from './program';
import { formatSiret, isValidSiret, SIRET_MESSAGE } from './siret';

/** What every criterion reads. */
export type Input = { rules: EligibilityRules; answers: EligibilityAnswers; today: string; context: EligibilityContext };

/** Each criterion's check, by id. */
export const CHECKS: Record<CriterionId, (input: Input) => Verdict> = {
  legal_form: checkLegalForm,
  territory: checkTerritory,
  stage: checkStage,
  amount: checkAmount,
  budget_share: checkBudgetShare,
  organisation_age: checkOrganisationAge,
  siret: checkSiret,
};

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
  const accepted = list(
    rules.legalForms.map((form) => LEGAL_FORM_LABELS[form]),
    'conjunction',
  );
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
  const accepted = list(
    rules.stages.map((s) => STAGE_PHRASES[s]),
    'disjunction',
  );
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
