/**
 * Response schemas shared by the routes. They are the one description of each answer:
 * the OpenAPI document and the SPA's typed client (`hc<AppType>`) both read them.
 */
import { z } from '@hono/zod-openapi';
import { APPLICATION_STATUSES, ROLES } from '../domain/lifecycle';
import {
  DOCUMENT_STATUSES,
  SCAN_STATUSES,
  STEP_IDS,
  TIMELINE_EVENT_TYPES,
  answersDraftSchema,
  budgetDraftSchema,
  declarationDraftSchema,
  organisationDraftSchema,
  projectDraftSchema,
} from '../domain/application';
import { eligibilityResultSchema } from '../domain/eligibility-schema';
import { DOCUMENT_TYPES } from '../domain/program';
import { AUDIT_ACTOR_ROLES, AUDIT_EVENT_TYPES } from '../domain/audit';

export const idParam = z.object({ id: z.string().min(1).max(64) });
export const documentParams = idParam.extend({ documentId: z.string().min(1).max(64) });

export const bilingual = z.object({ fr: z.string(), en: z.string() });
export const fieldError = z.object({ path: z.string(), message: bilingual });

export const documentSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  filename: z.string(),
  contentType: z.string(),
  declaredSize: z.number(),
  verifiedSize: z.number().nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  rejection: bilingual.nullable(),
  /** SHA-256 of the verified bytes, the only ones ever served. */
  sha256: z.string().nullable(),
  /** The antivirus verdict, meaningful once `status` is verified. */
  scan: z.enum(SCAN_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * The application as its applicant sees it: their sections (drafts, described by the
 * same domain schemas that accept them on PATCH) and the decision; nothing of the
 * review. Each audience has its schema, and the service builds each by allow-list
 * (services/application-audiences.ts).
 */
export const applicantApplicationSchema = z.object({
  id: z.string(),
  programId: z.string(),
  ownerId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  version: z.number(),
  reference: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  organisation: organisationDraftSchema,
  project: projectDraftSchema,
  budget: budgetDraftSchema,
  answers: answersDraftSchema,
  declaration: declarationDraftSchema,
  amountAwardedCents: z.number().nullable().optional(),
  decisionReason: z.string().nullable().optional(),
  decidedAt: z.string().nullable().optional(),
});

/** A reviewer's: plus the eligibility verdict at submission, and the score and disagreements once their own review is in (null and [] before). */
export const reviewerApplicationSchema = applicantApplicationSchema.extend({
  score: z.number().nullable(),
  disagreement: z.array(z.string()),
  eligibilityAtSubmission: eligibilityResultSchema.nullable().optional(),
});

/** A manager's: plus who is assigned and who declared a conflict of interest. */
export const managerApplicationSchema = reviewerApplicationSchema.extend({
  reviewerIds: z.array(z.string()),
  conflictIds: z.array(z.string()),
});

/**
 * On the wire, whichever of the three the reader's role gets: the applicant's fields,
 * and the staff fields only in a staff reader's answer (hence optional here, so the
 * SPA's staff pages read them and the applicant's pages cannot rely on them).
 */
export const applicationSchema = applicantApplicationSchema.extend({
  score: reviewerApplicationSchema.shape.score.optional(),
  disagreement: reviewerApplicationSchema.shape.disagreement.optional(),
  eligibilityAtSubmission: reviewerApplicationSchema.shape.eligibilityAtSubmission,
  reviewerIds: managerApplicationSchema.shape.reviewerIds.optional(),
  conflictIds: managerApplicationSchema.shape.conflictIds.optional(),
});

export const applicationViewSchema = z.object({
  application: applicationSchema,
  documents: z.array(documentSchema),
  steps: z.record(z.enum(STEP_IDS), z.object({ complete: z.boolean(), errors: z.array(fieldError) })),
  editable: z.boolean(),
});

export const eventSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  type: z.enum(TIMELINE_EVENT_TYPES),
  at: z.string(),
  actorId: z.string(),
  actorRole: z.enum(ROLES),
  from: z.enum(APPLICATION_STATUSES).nullable(),
  to: z.enum(APPLICATION_STATUSES).nullable(),
  message: z.string().nullable(),
  visibility: z.enum(['all', 'staff']),
});

export const messageSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  authorId: z.string(),
  authorRole: z.enum(ROLES),
  authorName: z.string(),
  body: z.string(),
  at: z.string(),
});

export const auditEventSchema = z.object({
  id: z.string(),
  subject: z.enum(['program', 'user']),
  subjectId: z.string(),
  type: z.enum(AUDIT_EVENT_TYPES),
  at: z.string(),
  actorId: z.string(),
  actorRole: z.enum(AUDIT_ACTOR_ROLES),
  actorName: z.string(),
  changed: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
