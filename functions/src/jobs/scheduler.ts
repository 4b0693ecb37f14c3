/**
 * The daily job: closes published programmes whose deadline has passed, sends the mail
 * requests could not send, and applies the retention periods (services/retention.ts).
 */
import { SYSTEM_ACTOR, auditEvent } from '../domain/audit';
import type { Logger } from '../logger';
import { newId } from '../store/ids';
import { sendQueuedMails, type MailQueueReport } from '../services/mail-delivery';
import { applyRetention, type RetentionReport } from '../services/retention';
import { sendWalletReminders, type WalletReminderReport } from '../services/wallet-reminders';
import { sendDeadlineReminders, type DeadlineReminderReport } from '../services/deadline-reminders';
import type { RetentionPolicy } from '../domain/retention';
import type { DocumentStorage, Mailer, Store } from '../store/store-ports';

export type SchedulerReport = {
  closedPrograms: string[];
  mails?: MailQueueReport;
  retention?: RetentionReport;
  walletReminders?: WalletReminderReport;
  deadlineReminders?: DeadlineReminderReport;
};

/** What the retention job needs beyond the store: the bucket, and the periods and site from the configuration. */
export type RetentionInputs = { documents: DocumentStorage; config: { retention: RetentionPolicy; siteOrigin: string } };

/**
 * Without a mailer (a test of another job), queued mail waits for the next run; the
 * retention periods are applied when the bucket and configuration are given too.
 */
export async function runDailyJobs(
  deps: { store: Store; clock: () => Date; log: Logger; mailer?: Mailer } & Partial<RetentionInputs>,
): Promise<SchedulerReport> {
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
  if (!deps.documents || !deps.config) return { closedPrograms, mails };
  const retention = await applyRetention({
    store: deps.store,
    documents: deps.documents,
    mailer: deps.mailer,
    clock: deps.clock,
    log: deps.log,
    policy: deps.config.retention,
    siteOrigin: deps.config.siteOrigin,
  });
  // Kept documents nearing their end, when an open draft needs them (once per item).
  const walletReminders = await sendWalletReminders({ ...deps, mailer: deps.mailer, siteOrigin: deps.config.siteOrigin });
  // Draft holders, 7 and 2 days before a published programme's deadline (once each).
  const deadlineReminders = await sendDeadlineReminders({ ...deps, mailer: deps.mailer, siteOrigin: deps.config.siteOrigin });
  return { closedPrograms, mails, retention, walletReminders, deadlineReminders };
}
