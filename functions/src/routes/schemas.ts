/** Response schemas shared by the application routes, for the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { APPLICATION_STATUSES, ROLES } from '../domain/lifecycle';
import { DOCUMENT_STATUSES, STEP_IDS, TIMELINE_EVENT_TYPES } from '../domain/application';
import { DOCUMENT_TYPES } from '../domain/program';
import { AUDIT_EVENT_TYPES } from '../domain/audit';

export const idParam = z.object({ id: z.string().min(1).max(64) });
export const documentParams = idParam.extend({ documentId: z.string().min(1).max(64) });

const bilingual = z.object({ fr: z.string(), en: z.string() });
const fieldError = z.object({ path: z.string(), message: bilingual });

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
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The application as stored: sections are free-form drafts here; their schemas live in the domain. */
export const applicationSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    ownerId: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    version: z.number(),
    reference: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    organisation: z.record(z.string(), z.unknown()),
    project: z.record(z.string(), z.unknown()),
    budget: z.record(z.string(), z.unknown()),
    answers: z.record(z.string(), z.unknown()),
    declaration: z.record(z.string(), z.unknown()),
  })
  .passthrough();

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
  actorRole: z.enum(ROLES),
  actorName: z.string(),
  changed: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
