/**
 * Programme model: a funding call whose rules, questions, documents and rubric
 * are data, so a manager can set one up without a developer.
 *
 * Pure module, shared by the API and the SPA: no AWS or DOM imports.
 */
import { z } from 'zod';

/** Legal forms an ESS project holder can have; `en_creation` means not yet registered. */
export const LEGAL_FORMS = [
  'association',
  'scop',
  'scic',
  'cae',
  'mutuelle',
  'fondation',
  'esus',
  'en_creation',
] as const;
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
  options: z.array(z.object({ value: z.string().min(1).max(60), label: localizedTextSchema })).max(30).nullable(),
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
  maxFileSizeBytes: z.number().int().min(1024).max(50 * 1024 * 1024),
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
