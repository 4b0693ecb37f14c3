/**
 * Which steps of an application are complete, and what stops a submission.
 * The SPA's stepper and the API's submit guard both call these functions, so the
 * browser can never show "ready" for something the server would refuse.
 */
import type { z } from 'zod';
import {
  STEP_IDS,
  answersSchemaFor,
  budgetSchema,
  budgetTotals,
  declarationSchema,
  organisationSchema,
  projectSchema,
  type ApplicationSections,
  isUsable,
  type DocumentStatus,
  type ScanStatus,
  type StepId,
} from './application';
import { parisToday } from './calendar';
import { evaluateEligibility } from './eligibility';
import type { EligibilityAnswers, EligibilityResult } from './eligibility-schema';
import type { Bilingual, FieldError } from './errors';
import { formatDeadline, formatEuros } from './format';
import { isWithinShare, maxPartForShare } from './money';
import type { DocumentType, Program } from './program';
import { acceptsSubmissionsAt, closingEnd } from './program-window';
import { PARSE_OPTIONS, fieldErrorsFromZod } from './validation';

export type StepState = { complete: boolean; errors: FieldError[] };
export type StepStates = Record<StepId, StepState>;
export type DocumentState = { type: DocumentType; status: DocumentStatus; scan: ScanStatus };

/** Labels for document types, used in messages that name a missing document. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, Bilingual> = {
  statuts: { fr: 'Statuts', en: 'Articles of association' },
  avis_sirene: { fr: 'Avis de situation SIRENE', en: 'SIRENE registration notice' },
  kbis: { fr: 'Extrait Kbis', en: 'Kbis extract' },
  rib: { fr: 'RIB', en: 'Bank details (RIB)' },
  budget_previsionnel: { fr: 'Budget prévisionnel', en: 'Projected budget' },
  derniers_comptes: { fr: 'Derniers comptes approuvés', en: 'Latest approved accounts' },
  liste_dirigeants: { fr: 'Liste des dirigeants', en: 'List of directors' },
  agrement_esus: { fr: 'Agrément ESUS', en: 'ESUS approval' },
  rapport_activite: { fr: "Dernier rapport d'activité", en: 'Latest activity report' },
  autre: { fr: 'Autre document', en: 'Other document' },
};

function fromSchema(schema: z.ZodType, value: unknown, prefix: string): FieldError[] {
  const result = schema.safeParse(value, PARSE_OPTIONS);
  return result.success ? [] : fieldErrorsFromZod(result.error, prefix);
}

/** The programme's money rules on top of the budget's own shape: balance, cap, minimum, share. */
function budgetRuleErrors(program: Program, sections: ApplicationSections): FieldError[] {
  const budget = sections.budget;
  const requested = budget.amountRequestedCents ?? 0;
  const totals = budgetTotals(budget);
  const { minAmountCents, maxAmountCents, maxShareOfBudgetPercent } = program.rules;
  const errors: FieldError[] = [];
  if (totals.balanceCents !== 0) {
    const gap = Math.abs(totals.balanceCents);
    errors.push({
      path: 'budget.funding',
      message:
        totals.balanceCents < 0
          ? {
              fr: `Le plan de financement n'est pas équilibré : il manque ${formatEuros(gap, 'fr')} de recettes pour couvrir les dépenses.`,
              en: `The financing plan does not balance: ${formatEuros(gap, 'en')} of funding is missing to cover the expenses.`,
            }
          : {
              fr: `Le plan de financement n'est pas équilibré : les recettes dépassent les dépenses de ${formatEuros(gap, 'fr')}.`,
              en: `The financing plan does not balance: funding exceeds expenses by ${formatEuros(gap, 'en')}.`,
            },
    });
  }
  if (requested > 0 && requested < minAmountCents) {
    errors.push({
      path: 'budget.amountRequestedCents',
      message: {
        fr: `Le montant demandé doit être d'au moins ${formatEuros(minAmountCents, 'fr')}.`,
        en: `The amount requested must be at least ${formatEuros(minAmountCents, 'en')}.`,
      },
    });
  }
  if (requested > maxAmountCents) {
    errors.push({
      path: 'budget.amountRequestedCents',
      message: {
        fr: `Le montant demandé dépasse le plafond du programme (${formatEuros(maxAmountCents, 'fr')}).`,
        en: `The amount requested exceeds the programme's cap (${formatEuros(maxAmountCents, 'en')}).`,
      },
    });
  }
  if (requested > 0 && totals.expensesCents > 0 && !isWithinShare(requested, totals.expensesCents, maxShareOfBudgetPercent)) {
    const allowed = Math.min(maxAmountCents, maxPartForShare(totals.expensesCents, maxShareOfBudgetPercent));
    errors.push({
      path: 'budget.amountRequestedCents',
      message: {
        fr: `Le programme finance au plus ${maxShareOfBudgetPercent} % du budget : pour ${formatEuros(totals.expensesCents, 'fr')} de dépenses, demandez au plus ${formatEuros(allowed, 'fr')}.`,
        en: `The programme funds at most ${maxShareOfBudgetPercent}% of the budget: for ${formatEuros(totals.expensesCents, 'en')} of expenses, ask for at most ${formatEuros(allowed, 'en')}.`,
      },
    });
  }
  return errors;
}

/**
 * A required type is satisfied only by a verified and clean document; one whose
 * antivirus scan is still running or failed is named as such, so the applicant waits
 * or sends it again instead of hunting for a "missing" file.
 */
function documentErrors(program: Program, documents: readonly DocumentState[]): FieldError[] {
  return program.documents
    .filter((d) => d.required && !documents.some((doc) => doc.type === d.type && isUsable(doc)))
    .map((d) => {
      const label = DOCUMENT_TYPE_LABELS[d.type];
      const verified = documents.filter((doc) => doc.type === d.type && doc.status === 'verified');
      const message = verified.some((doc) => doc.scan === 'pending')
        ? {
            fr: `Analyse antivirus en cours : ${label.fr}. Patientez quelques secondes.`,
            en: `Antivirus scan in progress: ${label.en}. Wait a few seconds.`,
          }
        : verified.some((doc) => doc.scan === 'error')
          ? {
              fr: `L'analyse antivirus a échoué : ${label.fr}. Envoyez le fichier à nouveau.`,
              en: `The antivirus scan failed: ${label.en}. Send the file again.`,
            }
          : verified.some((doc) => doc.scan === 'infected')
            ? {
                fr: `Fichier infecté supprimé : ${label.fr}. Envoyez un fichier sain.`,
                en: `Infected file deleted: ${label.en}. Send a clean file.`,
              }
            : { fr: `Pièce obligatoire manquante : ${label.fr}.`, en: `Required document missing: ${label.en}.` };
      return { path: `documents.${d.type}`, message };
    });
}

/** The state of every step, in order. */
export function validateSteps(program: Program, sections: ApplicationSections, documents: readonly DocumentState[]): StepStates {
  const budgetShape = fromSchema(budgetSchema, sections.budget, 'budget');
  const errorsByStep: Record<StepId, FieldError[]> = {
    organisation: fromSchema(organisationSchema, sections.organisation, 'organisation'),
    project: fromSchema(projectSchema, sections.project, 'project'),
    budget: [...budgetShape, ...budgetRuleErrors(program, sections)],
    questions: fromSchema(answersSchemaFor(program.questions), sections.answers, 'answers'),
    documents: documentErrors(program, documents),
    declaration: fromSchema(declarationSchema, sections.declaration, 'declaration'),
  };
  return Object.fromEntries(
    STEP_IDS.map((step) => [step, { complete: errorsByStep[step].length === 0, errors: errorsByStep[step] }]),
  ) as StepStates;
}

/** The eligibility answers implied by the application itself, or null while they are incomplete. */
export function eligibilityAnswersFrom(sections: ApplicationSections): EligibilityAnswers | null {
  const { organisation: o, project: p, budget: b } = sections;
  const totals = budgetTotals(b);
  if (!o.legalForm || !p.communeInsee || !p.stage || !b.amountRequestedCents || totals.expensesCents <= 0) return null;
  return {
    legalForm: o.legalForm,
    communeInsee: p.communeInsee,
    stage: p.stage,
    amountRequestedCents: b.amountRequestedCents,
    totalBudgetCents: totals.expensesCents,
    siret: o.siret ? o.siret.replace(/[\s.-]/g, '') : null,
    creationDate: o.creationDate ?? null,
  };
}

export type SubmissionCheck = { ok: boolean; errors: FieldError[]; eligibility: EligibilityResult | null };

/**
 * Everything that must hold before a submission: the programme is open, every step
 * is complete, and the eligibility engine passes on the application's own answers.
 */
export function checkSubmission(
  program: Program,
  sections: ApplicationSections,
  documents: readonly DocumentState[],
  now: Date,
  /** The draft's grace after the deadline (program-window.ts draftGraceMs); the SPA passes none. */
  graceMs = 0,
  /** False for a file reopened for changes, which is not held to the call's window (heldToCallWindow). */
  heldToWindow = true,
): SubmissionCheck {
  const errors: FieldError[] = [];
  if (heldToWindow && !acceptsSubmissionsAt(program, now, graceMs)) {
    const passed = now.getTime() >= closingEnd(program.closesAt);
    errors.push({
      path: 'program',
      message: passed
        ? {
            fr: `L'appel à projets n'accepte plus de demandes : la date limite de dépôt était le ${formatDeadline(program.closesAt, 'fr')}.`,
            en: `The call no longer accepts applications: the deadline was ${formatDeadline(program.closesAt, 'en')}.`,
          }
        : {
            fr: "L'appel à projets n'accepte plus de demandes : la date limite est passée ou il n'est pas ouvert.",
            en: 'The call is not accepting applications: the deadline has passed or it is not open.',
          },
    });
  }
  const steps = validateSteps(program, sections, documents);
  for (const step of STEP_IDS) errors.push(...steps[step].errors);
  const answers = eligibilityAnswersFrom(sections);
  const communeName = program.rules.territory.communes.find((c) => c.insee === answers?.communeInsee)?.name;
  const eligibility = answers ? evaluateEligibility(program.rules, answers, parisToday(now), communeName ? { communeName } : {}) : null;
  for (const criterion of eligibility?.criteria ?? []) {
    if (!criterion.passed) errors.push({ path: `eligibility.${criterion.id}`, message: criterion.reason });
  }
  return { ok: errors.length === 0, errors, eligibility };
}
