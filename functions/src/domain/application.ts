/**
 * The application form: its sections, what a saved draft may hold, and what each
 * step needs to be complete. The SPA validates with these same schemas as the user
 * types, and the API validates again on every save and at submission.
 *
 * Two schemas per section:
 * - the *draft* schema is what autosave accepts: every field optional, but typed,
 *   bounded, and with unknown fields refused (so nobody can PATCH `status`);
 * - the *complete* schema is what the step needs before submission.
 */
import { z } from 'zod';
import type { EligibilityResult } from './eligibility-schema';
import type { ApplicationStatus, Role } from './lifecycle';
import { LEGAL_FORMS, PROJECT_STAGES, type DocumentType, type Program, type Question } from './program';
import { siretSchema } from './siret';
import { customIssue } from './validation';

const MAX_CENTS = 100_000_000_000; // one billion euros: far above any ESS budget, far below float trouble
/** Control characters (except line breaks and tabs) and lone surrogates never belong in a form. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const text = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(CONTROL_CHARS, '').toWellFormed())
    .trim()
    .max(max);
/** Numbers people type in answers: bounded both ways so storage never overflows or underflows. */
const answerNumber = z
  .number()
  .min(-1e12)
  .max(1e12)
  .refine((n) => n === 0 || Math.abs(n) >= 1e-6, { message: 'Valeur trop petite.' });
const cents = z.number().int().min(0).max(MAX_CENTS);
const inseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/);
const postcode = z.string().regex(/^\d{5}$/);
const isoDate = z.iso.date();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .()-]{6,20}$/);

export const STEP_IDS = ['organisation', 'project', 'budget', 'questions', 'documents', 'declaration'] as const;
export type StepId = (typeof STEP_IDS)[number];

// ── Organisation ────────────────────────────────────────────────────────────

export const organisationDraftSchema = z
  .object({
    name: text(200),
    legalForm: z.enum(LEGAL_FORMS),
    siret: z.string().trim().max(20).nullable(),
    creationDate: isoDate.nullable(),
    street: text(200),
    postcode: z.string().trim().max(5),
    city: text(120),
    contactName: text(120),
    contactRole: text(120),
    contactEmail: z.string().trim().max(254),
    contactPhone: z.string().trim().max(20),
    website: z.string().trim().max(300).nullable(),
  })
  .partial()
  .strict();
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;

export const organisationSchema = z
  .object({
    name: text(200).min(2),
    legalForm: z.enum(LEGAL_FORMS),
    siret: siretSchema.nullable(),
    creationDate: isoDate.nullable(),
    street: text(200).min(3),
    postcode,
    city: text(120).min(1),
    contactName: text(120).min(2),
    contactRole: text(120).min(2),
    contactEmail: z.email(),
    contactPhone: phone,
    website: z.url().nullable().optional(),
  })
  .superRefine((o, ctx) => {
    if (o.legalForm !== 'en_creation' && o.siret === null) ctx.addIssue(customIssue('siret_required', ['siret']));
    if (o.legalForm !== 'en_creation' && o.creationDate === null) {
      ctx.addIssue(customIssue('creation_date_required', ['creationDate']));
    }
  });

// ── Project ─────────────────────────────────────────────────────────────────

export const projectDraftSchema = z
  .object({
    title: text(200),
    summary: text(2000),
    essDimension: text(4000),
    beneficiaries: text(2000),
    stage: z.enum(PROJECT_STAGES),
    communeInsee: z.string().trim().max(5),
    startDate: isoDate.nullable(),
    jobsCreated: z.number().int().min(0).max(10_000),
    jobsMaintained: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict();
export type ProjectDraft = z.infer<typeof projectDraftSchema>;

export const projectSchema = z.object({
  title: text(200).min(3),
  summary: text(2000).min(20),
  essDimension: text(4000).min(20),
  beneficiaries: text(2000).min(10),
  stage: z.enum(PROJECT_STAGES),
  communeInsee: inseeCode,
  startDate: isoDate,
  jobsCreated: z.number().int().min(0).max(10_000),
  jobsMaintained: z.number().int().min(0).max(10_000),
});

// ── Budget ──────────────────────────────────────────────────────────────────

export const FUNDING_KINDS = ['own', 'public', 'private', 'loan', 'in_kind'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

const expenseLine = z.object({ label: text(200), amountCents: cents }).strict();
const fundingLine = z.object({ label: text(200), kind: z.enum(FUNDING_KINDS), amountCents: cents }).strict();

export const budgetDraftSchema = z
  .object({
    expenses: z.array(expenseLine.partial()).max(50),
    funding: z.array(fundingLine.partial()).max(50),
    amountRequestedCents: cents.nullable(),
  })
  .partial()
  .strict();
export type BudgetDraft = z.infer<typeof budgetDraftSchema>;

export const budgetSchema = z.object({
  expenses: z
    .array(z.object({ label: text(200).min(2), amountCents: cents.min(1) }))
    .min(1)
    .max(50),
  funding: z.array(z.object({ label: text(200).min(2), kind: z.enum(FUNDING_KINDS), amountCents: cents.min(1) })).max(50),
  amountRequestedCents: cents.min(1),
});
export type Budget = z.infer<typeof budgetSchema>;

/** Totals the SPA shows live and the API checks: the plan balances when funding equals expenses. */
export function budgetTotals(budget: BudgetDraft): { expensesCents: number; fundingCents: number; balanceCents: number } {
  const sum = (lines: { amountCents?: number | undefined }[] | undefined) =>
    (lines ?? []).reduce((total, line) => total + (line.amountCents ?? 0), 0);
  const expensesCents = sum(budget.expenses);
  const fundingCents = sum(budget.funding) + (budget.amountRequestedCents ?? 0);
  return { expensesCents, fundingCents, balanceCents: fundingCents - expensesCents };
}

// ── Programme questions ─────────────────────────────────────────────────────

export const answersDraftSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.union([text(5000), answerNumber, z.boolean(), z.null()]))
  .refine((r) => Object.keys(r).length <= 50, { message: 'too_many' });
export type AnswersDraft = z.infer<typeof answersDraftSchema>;

/** Builds the complete-answer schema for one programme's questions. */
export function answerSchemaFor(question: Question): z.ZodType {
  const base = (() => {
    switch (question.type) {
      case 'text':
        return text(300).min(1);
      case 'longtext':
        return text(5000).min(1);
      case 'number':
        return answerNumber.pipe(z.number().min(0));
      case 'choice':
        return z.enum((question.options ?? []).map((o) => o.value) as [string, ...string[]]);
      case 'yesno':
        return z.boolean();
      case 'date':
        return isoDate;
    }
  })();
  return question.required ? base : base.nullable().optional().or(z.literal(''));
}

export function answersSchemaFor(questions: readonly Question[]): z.ZodType {
  return z.object(Object.fromEntries(questions.map((q) => [q.id, answerSchemaFor(q)]))).strict();
}

// ── Declaration ─────────────────────────────────────────────────────────────

export const declarationDraftSchema = z
  .object({ accepted: z.boolean(), signatoryName: text(120), signatoryRole: text(120) })
  .partial()
  .strict();
export type DeclarationDraft = z.infer<typeof declarationDraftSchema>;

export const declarationSchema = z.object({
  accepted: z.boolean().refine((v) => v, { message: 'declaration_required', params: { code: 'declaration_required' } }),
  signatoryName: text(120).min(2),
  signatoryRole: text(120).min(2),
});

// ── The application ─────────────────────────────────────────────────────────

/** What PATCH /api/applications/:id accepts: the version it was read at, and any sections. */
export const applicationPatchSchema = z
  .object({
    version: z.number().int().min(1),
    organisation: organisationDraftSchema.optional(),
    project: projectDraftSchema.optional(),
    budget: budgetDraftSchema.optional(),
    answers: answersDraftSchema.optional(),
    declaration: declarationDraftSchema.optional(),
  })
  .strict();
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

export type ApplicationSections = {
  organisation: OrganisationDraft;
  project: ProjectDraft;
  budget: BudgetDraft;
  answers: AnswersDraft;
  declaration: DeclarationDraft;
};

export type Application = ApplicationSections & {
  id: string;
  programId: string;
  ownerId: string;
  status: ApplicationStatus;
  version: number;
  /** Assigned at first submission, e.g. `ESS-2026-000123`; kept on resubmission. */
  reference: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** Set by an approval; cleared when a decision is re-opened. */
  amountAwardedCents?: number | null;
  /** The rejection reason given to the applicant. */
  decisionReason?: string | null;
  decidedAt?: string | null;
  /** Mean weighted score (0–100) of the submitted reviews. */
  score?: number | null;
  /** Rubric criteria on which reviewers are 3 points or more apart. */
  disagreement?: string[];
  /** Reviewers assigned, for the manager's queue. */
  reviewerIds?: string[];
  /** Reviewers who declared a conflict of interest: the manager must reassign. */
  conflictIds?: string[];
  /** The eligibility verdict recomputed by the submission that last sent the file in. */
  eligibilityAtSubmission?: EligibilityResult | null;
  /** When the holder of an idle draft was told it would be erased (domain/retention.ts). */
  retentionWarnedAt?: string | null;
  /** Set when the erasure began: from then on the file is hidden and can no longer be saved. */
  erasingAt?: string | null;
  /** Set once the holder closed their account and the file's personal fields were replaced. */
  pseudonymisedAt?: string | null;
};

export function emptySections(): ApplicationSections {
  return { organisation: {}, project: {}, budget: {}, answers: {}, declaration: {} };
}

/** A reference such as `ESS-2026-000123`: prefix, year, six-digit sequence. */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

export type { Program };

// ── Documents, timeline and messages ───────────────────────────────────────

export const DOCUMENT_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * The antivirus verdict on the verified bytes: `pending` until a scanner answers
 * (ClamAV at once locally, GuardDuty a few seconds later in AWS), `error` when it
 * could not. Only a `clean` document is served to staff or counted for submission;
 * an `infected` one has its bytes deleted and keeps its record so the applicant is told.
 */
export const SCAN_STATUSES = ['pending', 'clean', 'infected', 'error'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** Whether a document can be downloaded by staff and counted for submission. */
export function isUsable(document: { status: DocumentStatus; scan: ScanStatus }): boolean {
  return document.status === 'verified' && document.scan === 'clean';
}

export type ApplicationDocument = {
  id: string;
  applicationId: string;
  type: DocumentType;
  /** Sanitised original name, kept only as metadata: the object key never uses it. */
  filename: string;
  contentType: string;
  /** Declared by the browser before upload; `verifiedSize` comes from S3 afterwards. */
  declaredSize: number;
  verifiedSize: number | null;
  status: DocumentStatus;
  rejection: { fr: string; en: string } | null;
  /**
   * SHA-256 (hex) of the bytes that were verified. They were copied to a key of their
   * own (`verifiedObjectKey`) that no upload form can target, and only that copy is
   * ever served: posting again with the upload form cannot change what staff receive.
   */
  sha256: string | null;
  scan: ScanStatus;
  createdAt: string;
  updatedAt: string;
};

export const TIMELINE_EVENT_TYPES = [
  'created',
  'submitted',
  'resubmitted',
  'review_started',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
  'reopened',
  'message',
  'assigned',
  'conflict_declared',
  'no_conflict_declared',
  'review_submitted',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

/** An append-only entry of the application's history: who, what, when, before and after. */
export type TimelineEvent = {
  id: string;
  applicationId: string;
  type: TimelineEventType;
  at: string;
  actorId: string;
  actorRole: Role;
  from: ApplicationStatus | null;
  to: ApplicationStatus | null;
  /** A message the applicant must read (change request, rejection reason). */
  message: string | null;
  /** `staff` events (assignments, conflicts) are hidden from the applicant. */
  visibility: 'all' | 'staff';
};

/**
 * The one way to build a timeline event, whoever writes it. `id` comes from the
 * store's id generator; a status change names `from` and `to`; staff-only entries
 * (assignments, declarations, reviews) pass `visibility: 'staff'`.
 */
export function timelineEvent(input: {
  id: string;
  applicationId: string;
  type: TimelineEventType;
  at: string;
  actor: { id: string; role: Role };
  from?: ApplicationStatus | null;
  to?: ApplicationStatus | null;
  message?: string | null;
  visibility?: TimelineEvent['visibility'];
}): TimelineEvent {
  return {
    id: input.id,
    applicationId: input.applicationId,
    type: input.type,
    at: input.at,
    actorId: input.actor.id,
    actorRole: input.actor.role,
    from: input.from ?? null,
    to: input.to ?? null,
    message: input.message ?? null,
    visibility: input.visibility ?? 'all',
  };
}

export type Message = {
  id: string;
  applicationId: string;
  authorId: string;
  authorRole: Role;
  authorName: string;
  body: string;
  at: string;
};

export const messageBodySchema = z.object({ body: text(5000).min(1) }).strict();

// ── Assignments ───────────────────────────────────────────────────────────

/** A reviewer's declaration: none yet, no conflict (may read), or a conflict (may not). */
export const CONFLICT_STATES = ['pending', 'none', 'declared'] as const;
export type ConflictState = (typeof CONFLICT_STATES)[number];

export type Assignment = {
  applicationId: string;
  programId: string;
  reviewerId: string;
  reviewerName: string;
  assignedAt: string;
  assignedBy: string;
  conflict: ConflictState;
  declaredAt: string | null;
};
