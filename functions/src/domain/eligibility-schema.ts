/**
 * What the eligibility engine reads and answers, as zod schemas: the wizard's
 * answers (parsed the same way by the SPA and the API) and the verdict (declared
 * by the API as a response body). Pure module, shared by the API and the SPA.
 */
import { z } from 'zod';
import { communeSchema, LEGAL_FORMS, PROJECT_STAGES } from './program';
import { normalizeSiret } from './siret';

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
