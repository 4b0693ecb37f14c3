import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  LIFECYCLE_EVENT_TYPES,
  can,
  isEditable,
  transition,
  type Actor,
  type ApplicationStatus,
  type LifecycleEventType,
} from '../../../functions/src/domain/lifecycle';

const ACTORS = {
  owner: { role: 'applicant', isOwner: true, isAssigned: false },
  otherApplicant: { role: 'applicant', isOwner: false, isAssigned: false },
  assignedReviewer: { role: 'reviewer', isOwner: false, isAssigned: true },
  unassignedReviewer: { role: 'reviewer', isOwner: false, isAssigned: false },
  manager: { role: 'manager', isOwner: false, isAssigned: false },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;

/** DESIGN.md §3, written out by hand: every allowed (state, event, actor) → target. */
const ALLOWED: [ApplicationStatus, LifecycleEventType, ActorName, ApplicationStatus][] = [
  ['draft', 'submit', 'owner', 'submitted'],
  ['changes_requested', 'submit', 'owner', 'submitted'],
  ['submitted', 'start_review', 'assignedReviewer', 'in_review'],
  ['submitted', 'start_review', 'manager', 'in_review'],
  ['submitted', 'request_changes', 'assignedReviewer', 'changes_requested'],
  ['submitted', 'request_changes', 'manager', 'changes_requested'],
  ['in_review', 'request_changes', 'assignedReviewer', 'changes_requested'],
  ['in_review', 'request_changes', 'manager', 'changes_requested'],
  ['in_review', 'approve', 'manager', 'approved'],
  ['submitted', 'reject', 'manager', 'rejected'],
  ['in_review', 'reject', 'manager', 'rejected'],
  ['draft', 'withdraw', 'owner', 'withdrawn'],
  ['submitted', 'withdraw', 'owner', 'withdrawn'],
  ['changes_requested', 'withdraw', 'owner', 'withdrawn'],
  ['approved', 'reopen', 'manager', 'in_review'],
  ['rejected', 'reopen', 'manager', 'in_review'],
];

const allowedTarget = (s: ApplicationStatus, e: LifecycleEventType, a: ActorName) =>
  ALLOWED.find(([ts, te, ta]) => ts === s && te === e && ta === a)?.[3];

const EVENTS = {
  submit: { type: 'submit' },
  start_review: { type: 'start_review' },
  request_changes: { type: 'request_changes', message: 'Merci de joindre le RIB.' },
  approve: { type: 'approve', amountAwardedCents: 500_000 },
  reject: { type: 'reject', reason: 'Hors territoire.' },
  withdraw: { type: 'withdraw' },
  reopen: { type: 'reopen', reason: 'Erreur sur le montant.' },
} as const;

const combinations = APPLICATION_STATUSES.flatMap((state) =>
  LIFECYCLE_EVENT_TYPES.flatMap((event) =>
    (Object.keys(ACTORS) as ActorName[]).map((actor) => [state, event, actor, allowedTarget(state, event, actor)] as const),
  ),
);

describe('lifecycle', () => {
  it('covers every state × event × actor combination', () => {
    expect(combinations).toHaveLength(7 * 7 * 5);
  });

  it.each(combinations)('%s + %s by %s → %s', (state, event, actor, target) => {
    expect(can(state, event, ACTORS[actor])).toBe(target !== undefined);
    const result = transition(state, EVENTS[event], ACTORS[actor]);
    if (target === undefined) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, to: target });
  });

  it('withdrawn is final for every event and actor; decisions only reopen by a manager', () => {
    for (const event of LIFECYCLE_EVENT_TYPES) {
      for (const actor of Object.values(ACTORS)) expect(can('withdrawn', event, actor)).toBe(false);
    }
    for (const state of ['approved', 'rejected'] as const) {
      for (const event of LIFECYCLE_EVENT_TYPES) {
        for (const [name, actor] of Object.entries(ACTORS)) {
          expect(can(state, event, actor)).toBe(event === 'reopen' && name === 'manager');
        }
      }
    }
  });

  it.each([
    ['request_changes', { type: 'request_changes', message: '   ' }, 'in_review', 'missing_message'],
    ['reject', { type: 'reject', reason: '' }, 'submitted', 'missing_message'],
    ['reopen', { type: 'reopen', reason: ' ' }, 'approved', 'missing_message'],
    ['approve zero', { type: 'approve', amountAwardedCents: 0 }, 'in_review', 'invalid_amount'],
    ['approve fractional', { type: 'approve', amountAwardedCents: 10.5 }, 'in_review', 'invalid_amount'],
  ] as const)('refuses %s without its required payload', (_name, event, state, reason) => {
    expect(transition(state, event, ACTORS.manager)).toEqual({ ok: false, reason });
  });

  it('tells state refusals apart from permission refusals', () => {
    expect(transition('approved', EVENTS.withdraw, ACTORS.owner)).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(transition('draft', EVENTS.submit, ACTORS.otherApplicant)).toEqual({ ok: false, reason: 'not_permitted' });
  });

  it.each([
    ['draft', true],
    ['changes_requested', true],
    ['submitted', false],
    ['in_review', false],
    ['approved', false],
    ['rejected', false],
    ['withdrawn', false],
  ] as const)('applicants can edit in %s: %s', (state, editable) => {
    expect(isEditable(state)).toBe(editable);
  });
});
