/**
 * The daily job. Today it closes published programmes whose deadline has passed;
 * draft reminders and retention purges join it with the applicant journey.
 */
import { SYSTEM_ACTOR, auditEvent } from '../domain/audit';
import type { Logger } from '../logger';
import { newId } from '../store/ids';
import { sendQueuedMails, type MailQueueReport } from '../services/mail-delivery';
import type { Mailer, Store } from '../store/store-ports';

export type SchedulerReport = { closedPrograms: string[]; mails?: MailQueueReport };

/** Without a mailer (a test of another job), queued mail simply waits for the next run. */
export async function runDailyJobs(deps: { store: Store; clock: () => Date; log: Logger; mailer?: Mailer }): Promise<SchedulerReport> {
  const now = deps.clock();
  // Each closing carries its audit event, by the system, in the same transaction.
  const closedPrograms = await deps.store.programs.closeExpired(now, (programId) =>
    auditEvent({
      id: newId('evt', now),
      subject: 'program',
      subjectId: programId,
      type: 'program_status_changed',
      at: now.toISOString(),
      actor: SYSTEM_ACTOR,
      change: { changed: ['status'], before: { status: 'published' }, after: { status: 'closed' } },
    }),
  );
  deps.log.info('scheduler: programmes closed', { closedPrograms });
  if (!deps.mailer) return { closedPrograms };
  // Mail a request could not send (the relay refused it) goes now, or backs off again.
  const mails = await sendQueuedMails({ ...deps, mailer: deps.mailer });
  deps.log.info('scheduler: queued mail', mails);
  return { closedPrograms, mails };
}
