/**
 * Mail that reports a state change must not be lost, and must not undo or hide the
 * change: the change is committed before the mail is sent. If the relay refuses it,
 * the mail is queued (a conditional put) and the request still succeeds; the
 * scheduler sends queued mail again, with a growing pause between tries, until it
 * goes or the tries run out (then it is logged as an error for the operator).
 */
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import type { Mail, Mailer, Store } from '../store/store-ports';

/** `metrics` counts each send the relay refuses (MailFailures); the scheduler's narrower deps may lack it. */
type DeliveryDeps = { mailer: Mailer; store: Pick<Store, 'mails'>; clock: () => Date; log: Logger; metrics?: Metrics };

/** Tries per queued mail before it is abandoned; with a daily run, about a week. */
export const MAX_MAIL_ATTEMPTS = 8;
/** How many queued mails one scheduler run sends at most, so a run stays short. */
export const MAIL_BATCH = 50;

const MINUTE_MS = 60_000;

/** The pause before try `attempt + 1`: 5 min, 10, 20 … capped at a day, with jitter so retries spread. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5 * MINUTE_MS * 2 ** Math.max(0, attempt - 1), 24 * 60 * MINUTE_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Sends now, or queues for the scheduler; never throws, so the caller's answer stands. */
export async function deliver(deps: DeliveryDeps, mail: Mail): Promise<'sent' | 'queued' | 'lost'> {
  try {
    await deps.mailer.send(mail);
    return 'sent';
  } catch (error) {
    deps.metrics?.count('MailFailures');
    try {
      const queued = await deps.store.mails.enqueue(mail, deps.clock().toISOString());
      deps.log.warn('mail: not sent, queued for the scheduler', { mailId: queued.id, cause: (error as Error)?.name });
      return 'queued';
    } catch (queueError) {
      // The state change is committed; only this mail is lost. The operator's alarm is this line.
      deps.log.error('mail: neither sent nor queued', { subject: mail.subject, cause: (error as Error)?.name, queueError });
      return 'lost';
    }
  }
}

export type MailQueueReport = { sent: number; retryLater: number; abandoned: number };

/** Sends queued mail that is due; one claim per mail, so overlapping runs never send it twice. */
export async function sendQueuedMails(deps: DeliveryDeps): Promise<MailQueueReport> {
  const report: MailQueueReport = { sent: 0, retryLater: 0, abandoned: 0 };
  const now = deps.clock();
  for (const mail of await deps.store.mails.due(now.toISOString(), MAIL_BATCH)) {
    const attempt = mail.attempts + 1;
    const retryAt = new Date(now.getTime() + retryDelayMs(attempt)).toISOString();
    if (!(await deps.store.mails.claim(mail.id, mail.attempts, retryAt))) continue;
    try {
      await deps.mailer.send({ to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      deps.metrics?.count('MailFailures');
      if (attempt >= MAX_MAIL_ATTEMPTS) {
        await deps.store.mails.settle(mail.id, 'abandoned', now.toISOString());
        deps.log.error('mail: abandoned after its last try', { mailId: mail.id, attempts: attempt, cause: (error as Error)?.name });
        report.abandoned += 1;
      } else {
        deps.log.warn('mail: still not sent, will retry', { mailId: mail.id, attempts: attempt, retryAt });
        report.retryLater += 1;
      }
      continue;
    }
    await deps.store.mails.settle(mail.id, 'sent', deps.clock().toISOString());
    report.sent += 1;
  }
  return report;
}
