/**
 * Staff transitions: start the review, ask the applicant for changes, approve
 * within the envelope, reject, and re-open a decision. Each is one conditional
 * DynamoDB transaction (status + version, the audit event, and for approvals the
 * envelope debit) followed by an email to the applicant in their language.
 */
import { timelineEvent, type Application, type Assignment, type Message, type TimelineEvent } from '../domain/application';
import { ConflictError, EnvelopeExceededError, InvalidTransitionError, ValidationError, type Bilingual } from '../domain/errors';
import { sourceStates, targetState, transition as lifecycleTransition, type LifecycleEvent } from '../domain/lifecycle';
import { formatEuros } from '../domain/format';
import type { Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import { actorFor } from './object-access';
import { decisionMail } from './mails';
import { deliver } from './mail-delivery';

export type StaffEvent = Exclude<LifecycleEvent, { type: 'submit' } | { type: 'withdraw' }>;

const EVENT_TYPES: Record<StaffEvent['type'], TimelineEvent['type']> = {
  start_review: 'review_started',
  request_changes: 'changes_requested',
  approve: 'approved',
  reject: 'rejected',
  reopen: 'reopened',
};

const NOT_ALLOWED: Bilingual = {
  fr: "Cette action n'est pas possible dans l'état actuel de la demande.",
  en: 'This action is not possible in the application’s current state.',
};

function refusal(reason: string): ValidationError | null {
  switch (reason) {
    case 'missing_message':
      return new ValidationError([
        {
          path: 'body.message',
          message: { fr: 'Un message est obligatoire pour cette action.', en: 'A message is required for this action.' },
        },
      ]);
    case 'invalid_amount':
      return new ValidationError([
        {
          path: 'body.amountAwardedCents',
          message: {
            fr: 'Indiquez un montant accordé positif, en centimes entiers.',
            en: 'Give a positive amount awarded, in whole cents.',
          },
        },
      ]);
    default:
      return null;
  }
}

/** The text of the event: what the applicant is told, or the reason recorded. */
function eventMessage(event: StaffEvent): string | null {
  switch (event.type) {
    case 'request_changes':
      return event.message.trim();
    case 'reject':
    case 'reopen':
      return event.reason.trim();
    default:
      return null;
  }
}

export function createDecisionService(deps: Deps) {
  const { store, clock } = deps;

  return {
    /**
     * Applies a staff event; a reviewer acts only on an assignment declared free of
     * conflict. `program` is the application's, already read by the caller.
     */
    async apply(
      user: User,
      application: Application,
      assignments: readonly Assignment[],
      program: Program,
      event: StaffEvent,
    ): Promise<Application> {
      const allowed = lifecycleTransition(application.status, event, actorFor(user, application, assignments));
      if (!allowed.ok) {
        throw refusal(allowed.reason) ?? new InvalidTransitionError(NOT_ALLOWED, application.version);
      }

      const requested = application.budget?.amountRequestedCents ?? 0;
      if (event.type === 'approve' && event.amountAwardedCents > requested) {
        throw new ValidationError([
          {
            path: 'body.amountAwardedCents',
            message: {
              fr: `Le montant accordé ne peut pas dépasser le montant demandé (${formatEuros(requested, 'fr')}).`,
              en: `The amount awarded cannot exceed the amount requested (${formatEuros(requested, 'en')}).`,
            },
          },
        ]);
      }
      const at = clock().toISOString();
      const message = eventMessage(event);
      const timeline = timelineEvent({
        id: newId('evt', new Date(at)),
        applicationId: application.id,
        type: EVENT_TYPES[event.type],
        at,
        actor: user,
        from: application.status,
        to: targetState(event.type),
        message,
      });
      const awarded = application.amountAwardedCents ?? null;
      let updated: Application;
      try {
        updated = await store.applications.transition({
          application,
          from: sourceStates(event.type),
          to: targetState(event.type),
          at,
          event: timeline,
          // Reopened for changes: the applicant must make the sworn statement again before resubmitting.
          ...(event.type === 'request_changes' ? { declarationAccepted: false as const } : {}),
          ...(event.type === 'approve'
            ? {
                envelope: { programId: program.id, debitCents: event.amountAwardedCents },
                decision: { amountAwardedCents: event.amountAwardedCents, decisionReason: null, decidedAt: at },
              }
            : {}),
          ...(event.type === 'reject' ? { decision: { amountAwardedCents: null, decisionReason: message, decidedAt: at } } : {}),
          ...(event.type === 'reopen'
            ? {
                decision: { amountAwardedCents: null, decisionReason: null, decidedAt: null },
                ...(application.status === 'approved' && awarded ? { envelope: { programId: program.id, debitCents: -awarded } } : {}),
              }
            : {}),
        });
      } catch (error) {
        if (error instanceof EnvelopeExceededError) {
          throw new ConflictError({
            fr: `L'enveloppe du programme ne suffit plus : il reste ${formatEuros(error.remainingCents, 'fr')}.`,
            en: `The programme's envelope is not enough: ${formatEuros(error.remainingCents, 'en')} remain.`,
          });
        }
        throw error;
      }
      if (event.type === 'approve' || event.type === 'reject' || event.type === 'reopen')
        deps.metrics.count('Decisions', 1, { decision: event.type });

      if (event.type === 'request_changes' && message) {
        const note: Message = {
          id: newId('msg', new Date(at)),
          applicationId: application.id,
          authorId: user.id,
          authorRole: user.role,
          authorName: user.displayName,
          body: message,
          at,
        };
        await store.applications.addMessage(note, null);
      }
      const owner = await store.users.get(application.ownerId);
      if (owner && event.type !== 'start_review') {
        await deliver(deps, decisionMail(owner, updated, program, event.type, message, deps.config.siteOrigin));
      }
      return updated;
    },
  };
}
