/**
 * Programme model: a funding call whose rules, questions, documents and rubric
 * are data, so a manager can set one up without a developer.
 *
 * Pure module, shared by the API and the SPA: no AWS or DOM imports.
 */
import { z } from 'zod';

/** Legal forms an ESS project holder can have; `en_creation` means not yet registered. */
export const LEGAL_FORMS = ['association', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'en_creation'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const PROJECT_STAGES = ['creation', 'development'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROGRAM_STATUSES = ['draft', 'published', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const DOCUMENT_TYPES = [
  'statuts',
  'avis_sirene',
  'kbis',
  'rib',
  'budget_previsionnel',
  'derniers_comptes',
  'liste_dirigeants',
  'agrement_esus',
  'rapport_activite',
  'autre',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const QUESTION_TYPES = ['text', 'longtext', 'number', 'choice', 'yesno', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Default upload limit when a programme does not set its own (10 MB). */
export const DEFAULT_MAX_FILE_SIZE_BYTES = 10 * 1024 * 1024;

export const localizedTextSchema = z.object({
  fr: z.string().trim().min(1).max(5000),
  en: z.string().trim().min(1).max(5000),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const communeSchema = z.object({
  insee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  postcode: z.string().regex(/^\d{5}$/),
  name: z.string().trim().min(1).max(120),
});
export type Commune = z.infer<typeof communeSchema>;

/**
 * Declarative eligibility rules. Every field is one criterion the engine checks;
 * amounts are integer euro cents, shares are whole percents.
 */
export const eligibilityRulesSchema = z.object({
  legalForms: z.array(z.enum(LEGAL_FORMS)).min(1),
  territory: z.object({
    name: z.string().trim().min(1).max(200),
    communes: z.array(communeSchema).min(1).max(2000),
  }),
  stages: z.array(z.enum(PROJECT_STAGES)).min(1),
  minAmountCents: z.number().int().nonnegative(),
  maxAmountCents: z.number().int().positive(),
  maxShareOfBudgetPercent: z.number().int().min(1).max(100),
  organisationAgeMonths: z
    .object({ min: z.number().int().nonnegative().nullable(), max: z.number().int().positive().nullable() })
    .nullable(),
  siretRequired: z.boolean(),
});
export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  type: z.enum(QUESTION_TYPES),
  label: localizedTextSchema,
  help: localizedTextSchema.nullable(),
  required: z.boolean(),
  options: z
    .array(z.object({ value: z.string().min(1).max(60), label: localizedTextSchema }))
    .max(30)
    .nullable(),
});
export type Question = z.infer<typeof questionSchema>;

export const documentRequirementSchema = z.object({
  type: z.enum(DOCUMENT_TYPES),
  required: z.boolean(),
  help: localizedTextSchema.nullable(),
});
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;

export const rubricCriterionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: localizedTextSchema,
  description: localizedTextSchema,
  weight: z.number().int().min(1).max(10),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

export const programSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,62}$/),
  status: z.enum(PROGRAM_STATUSES),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  description: localizedTextSchema,
  /** ISO 8601 instants; the SPA shows them in Europe/Paris. */
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  envelopeCents: z.number().int().positive(),
  referencePrefix: z.string().regex(/^[A-Z]{2,8}$/),
  contactEmail: z.email(),
  rules: eligibilityRulesSchema,
  questions: z.array(questionSchema).max(50),
  documents: z.array(documentRequirementSchema).max(20),
  maxFileSizeBytes: z
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024),
  rubric: z.array(rubricCriterionSchema).max(20),
  version: z.number().int().nonnegative(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Program = z.infer<typeof programSchema>;

/** What the public list shows: enough to choose a programme, nothing internal. */
export const programSummarySchema = programSchema
  .pick({ id: true, status: true, title: true, summary: true, opensAt: true, closesAt: true, envelopeCents: true })
  .extend({
    minAmountCents: z.number().int(),
    maxAmountCents: z.number().int(),
    maxShareOfBudgetPercent: z.number().int(),
    territoryName: z.string(),
  });
export type ProgramSummary = z.infer<typeof programSummarySchema>;

export { isOpen } from './program-window';

export function toSummary(program: Program): ProgramSummary {
  return {
    id: program.id,
    status: program.status,
    title: program.title,
    summary: program.summary,
    opensAt: program.opensAt,
    closesAt: program.closesAt,
    envelopeCents: program.envelopeCents,
    minAmountCents: program.rules.minAmountCents,
    maxAmountCents: program.rules.maxAmountCents,
    maxShareOfBudgetPercent: program.rules.maxShareOfBudgetPercent,
    territoryName: program.rules.territory.name,
  };
}

/** What a manager sends to create or replace a programme; the server owns status history, version and dates. */
export const programInputSchema = programSchema.omit({ version: true, createdAt: true, updatedAt: true }).strict();
export type ProgramInput = z.infer<typeof programInputSchema>;

/**
 * Rules a programme must keep that a field schema alone cannot express: a window
 * that opens before it closes, coherent amounts, unique ids, a territory without
 * duplicates. Returned as field errors so the builder can show them beside the fields.
 */
export function programProblems(program: ProgramInput): { path: string; message: { fr: string; en: string } }[] {
  const problems: { path: string; message: { fr: string; en: string } }[] = [];
  if (Date.parse(program.opensAt) >= Date.parse(program.closesAt)) {
    problems.push({ path: 'closesAt', message: { fr: "La clôture doit suivre l'ouverture.", en: 'Closing must come after opening.' } });
  }
  if (program.rules.minAmountCents > program.rules.maxAmountCents) {
    problems.push({
      path: 'rules.minAmountCents',
      message: { fr: 'Le montant minimum dépasse le maximum.', en: 'The minimum amount exceeds the maximum.' },
    });
  }
  if (program.rules.maxAmountCents > program.envelopeCents) {
    problems.push({
      path: 'rules.maxAmountCents',
      message: { fr: "Le montant maximum dépasse l'enveloppe du programme.", en: "The maximum amount exceeds the programme's envelope." },
    });
  }
  const age = program.rules.organisationAgeMonths;
  if (age && age.min !== null && age.max !== null && age.min > age.max) {
    problems.push({
      path: 'rules.organisationAgeMonths.min',
      message: { fr: "L'ancienneté minimale dépasse l'ancienneté maximale.", en: 'The minimum age exceeds the maximum age.' },
    });
  }
  const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const [path, values] of [
    ['questions', program.questions.map((q) => q.id)],
    ['documents', program.documents.map((d) => d.type)],
    ['rubric', program.rubric.map((c) => c.id)],
    ['rules.territory.communes', program.rules.territory.communes.map((c) => c.insee)],
  ] as const) {
    for (const value of new Set(duplicates([...values]))) {
      problems.push({ path, message: { fr: `« ${value} » apparaît deux fois.`, en: `"${value}" appears twice.` } });
    }
  }
  program.questions.forEach((q, i) => {
    if (q.type === 'choice' && (q.options ?? []).length < 2) {
      problems.push({
        path: `questions.${i}.options`,
        message: { fr: 'Une question à choix propose au moins deux réponses.', en: 'A choice question offers at least two answers.' },
      });
    }
  });
  return problems;
}

/**
 * The parts of a programme that applications depend on. Once a programme has
 * applications these are frozen: changing them could invalidate answers, documents,
 * eligibility verdicts or scores already given. (The alternative, versioning the
 * programme per application, is heavier for managers to reason about.)
 */
export const FROZEN_ONCE_APPLIED = ['rules', 'questions', 'documents', 'rubric', 'referencePrefix', 'maxFileSizeBytes'] as const;
