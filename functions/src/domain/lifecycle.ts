/**
 * The application lifecycle as a pure, typed state machine (DESIGN.md §3).
 *
 *   draft ──submit──> submitted ──start_review──> in_review ──approve──> approved
 *     │                 │  ▲  │                     │   │
 *     │                 │  │  └──reject──────┐      │   └──reject──> rejected
 *     │                 │  │                 ▼      │
 *     │                 │  └──submit── changes_requested <──request_changes──┘
 *     │                 └──request_changes──────┘
 *     └──withdraw (also from submitted, changes_requested)──> withdrawn
 *
 *   approved, rejected ──reopen (manager, with a reason)──> in_review
 *
 * `can()` answers without I/O; the store turns the same rule into a DynamoDB
 * condition on the current status and version so a race cannot bypass it.
 */

export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const LIFECYCLE_EVENT_TYPES = ['submit', 'start_review', 'request_changes', 'approve', 'reject', 'withdraw', 'reopen'] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

/** Events carry the data their guard needs; the union keeps payloads honest per type. */
export type LifecycleEvent =
  | { type: 'submit' }
  | { type: 'start_review' }
  | { type: 'request_changes'; message: string }
  | { type: 'approve'; amountAwardedCents: number }
  | { type: 'reject'; reason: string }
  | { type: 'withdraw' }
  | { type: 'reopen'; reason: string };

export const ROLES = ['applicant', 'reviewer', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, relative to this application. */
export type Actor = {
  role: Role;
  /** The actor created the application. */
  isOwner: boolean;
  /** The actor is an assigned reviewer who declared no conflict of interest. */
  isAssigned: boolean;
};

type Rule = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  allowed: (actor: Actor) => boolean;
};

const owner = (a: Actor) => a.isOwner;
const assignedReviewerOrManager = (a: Actor) => a.role === 'manager' || (a.role === 'reviewer' && a.isAssigned);
const manager = (a: Actor) => a.role === 'manager';

const RULES: Record<LifecycleEventType, Rule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', allowed: owner },
  start_review: { from: ['submitted'], to: 'in_review', allowed: assignedReviewerOrManager },
  request_changes: { from: ['submitted', 'in_review'], to: 'changes_requested', allowed: assignedReviewerOrManager },
  approve: { from: ['in_review'], to: 'approved', allowed: manager },
  reject: { from: ['submitted', 'in_review'], to: 'rejected', allowed: manager },
  withdraw: { from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn', allowed: owner },
  // A decision is final; re-opening it is a recorded manager action that restores the envelope.
  reopen: { from: ['approved', 'rejected'], to: 'in_review', allowed: manager },
};

/** The states an applicant may still edit their answers in. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'changes_requested'];

export function isEditable(status: ApplicationStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** True when `actor` may fire `event` on an application in `state`. */
export function can(state: ApplicationStatus, event: LifecycleEventType, actor: Actor): boolean {
  const rule = RULES[event];
  return rule.from.includes(state) && rule.allowed(actor);
}

/** The states an event may start from: what the store's condition expression checks. */
export function sourceStates(event: LifecycleEventType): readonly ApplicationStatus[] {
  return RULES[event].from;
}

export function targetState(event: LifecycleEventType): ApplicationStatus {
  return RULES[event].to;
}

export type TransitionResult =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; reason: 'not_allowed_in_state' | 'not_permitted' | 'missing_message' | 'invalid_amount' };

/**
 * Checks state, permission and the event's own payload guard. Guards that need
 * other data (the envelope, documents, eligibility) are checked by the caller.
 */
export function transition(state: ApplicationStatus, event: LifecycleEvent, actor: Actor): TransitionResult {
  const rule = RULES[event.type];
  if (!rule.from.includes(state)) return { ok: false, reason: 'not_allowed_in_state' };
  if (!rule.allowed(actor)) return { ok: false, reason: 'not_permitted' };
  switch (event.type) {
    case 'request_changes':
      if (event.message.trim().length === 0) return { ok: false, reason: 'missing_message' };
      break;
    case 'reject':
    case 'reopen':
      if (event.reason.trim().length === 0) return { ok: false, reason: 'missing_message' };
      break;
    case 'approve':
      if (!Number.isInteger(event.amountAwardedCents) || event.amountAwardedCents <= 0) {
        return { ok: false, reason: 'invalid_amount' };
      }
      break;
    default:
      break;
  }
  return { ok: true, to: rule.to };
}
