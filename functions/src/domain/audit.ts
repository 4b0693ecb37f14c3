/**
 * The audit trail of programmes and staff accounts: who changed what, when, and the
 * values before and after. Applications keep their own timeline (application.ts);
 * these events sit in the programme's or the account's partition, appended with
 * `attribute_not_exists` in the same transaction as the change they describe.
 *
 * Pure module, shared by the API and the SPA.
 */
import type { Role } from './lifecycle';

export const AUDIT_EVENT_TYPES = [
  'program_created',
  'program_updated',
  'program_status_changed',
  'user_invited',
  'user_updated',
  /** A holder closed their account; the event names no personal data. */
  'account_erased',
  /** A file was erased (account closed, or its retention period ended): its id, status and why, nothing personal. */
  'application_erased',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export type AuditSubject = 'program' | 'user';

/** Who may appear as an audit event's actor: a signed-in role, or the scheduler acting alone. */
export const AUDIT_ACTOR_ROLES = ['applicant', 'reviewer', 'manager', 'system'] as const satisfies readonly (Role | 'system')[];
export type AuditActorRole = (typeof AUDIT_ACTOR_ROLES)[number];

/** The actor of changes no person made (the daily job closing a programme at its deadline). */
export const SYSTEM_ACTOR = { id: 'system', role: 'system', displayName: 'Guichet' } as const;

export type AuditEvent = {
  id: string;
  subject: AuditSubject;
  subjectId: string;
  type: AuditEventType;
  at: string;
  actorId: string;
  actorRole: AuditActorRole;
  actorName: string;
  /** The top-level fields that changed, in a stable order. */
  changed: string[];
  /** Their values before (null on creation) and after. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** Canonical JSON (object keys sorted), so two equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value)) ?? 'undefined';
}

/** Deep equality that ignores object key order (DynamoDB maps do not keep it). */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields among `fields` whose values differ, with their before and after values. */
export function diff<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): { changed: string[]; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = fields.filter((field) => !sameData(before[field], after[field]));
  return {
    changed,
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, after[field]])),
  };
}

/** Builds the event for a change made by `actor`; `id` comes from the store's id generator. */
export function auditEvent(input: {
  id: string;
  subject: AuditSubject;
  subjectId: string;
  type: AuditEventType;
  at: string;
  actor: { id: string; role: AuditActorRole; displayName: string };
  change: { changed: string[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}): AuditEvent {
  return {
    id: input.id,
    subject: input.subject,
    subjectId: input.subjectId,
    type: input.type,
    at: input.at,
    actorId: input.actor.id,
    actorRole: input.actor.role,
    actorName: input.actor.displayName,
    changed: input.change.changed,
    before: input.change.before,
    after: input.change.after,
  };
}
