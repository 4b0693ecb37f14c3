/**
 * The daily deadline reminder: every holder of a draft in a published programme is
 * emailed 7 days and 2 days before its deadline (Paris calendar days), once each, in
 * the account's language, with a link to the draft. The draft is marked before the
 * mail goes (a conditional write), so a second run, or two runs at once, send nothing
 * more; a mail the relay refuses is queued, never lost nor doubled.
 *
 * Queries only: the open programmes (gsi1), then each one's never-submitted files
 * (the keys-only gsi4 `UNSENT#<pid>`) read by BatchGetItem. Never a Scan.
 */
import type { Program } from '../domain/program';
import { timeLeft } from '../domain/program-window';
import type { Logger } from '../logger';
import type { Mailer, Store } from '../store/store-ports';
import { deliver } from './mail-delivery';
import { deadlineReminderMail } from './mails-deadline';

export type DeadlineReminderReport = { programs: number; reminded: number };

/** The reminder due for a programme at `now`: 7 (a week or less before), 2 (two days or less), or none. */
export function reminderDue(program: Pick<Program, 'closesAt'>, now: Date): 7 | 2 | null {
  const left = timeLeft(program.closesAt, now);
  if (left.kind === 'lastDay' || (left.kind === 'days' && left.days <= 2)) return 2;
  return left.kind === 'days' ? 7 : null;
}

const PAGE = 100;

export async function sendDeadlineReminders(deps: {
  store: Store;
  mailer: Mailer;
  clock: () => Date;
  log: Logger;
  siteOrigin: string;
}): Promise<DeadlineReminderReport> {
  const { store, clock, log } = deps;
  const now = clock();
  const at = now.toISOString();
  const report: DeadlineReminderReport = { programs: 0, reminded: 0 };
  for (const program of await store.programs.listOpen(now)) {
    const days = reminderDue(program, now);
    if (days === null) continue;
    report.programs += 1;
    let cursor: string | null = null;
    do {
      const page = await store.personalData.listUnsent(program.id, at, PAGE, cursor);
      cursor = page.cursor;
      for (const draft of await store.applications.getMany(page.items)) {
        if (draft.status !== 'draft') continue;
        const user = await store.users.get(draft.ownerId);
        if (user?.status !== 'active') continue;
        // Marked first: whatever happens to the mail, this reminder is never sent twice.
        if (!(await store.personalData.markDeadlineReminded(draft.id, days, at))) continue;
        await deliver(deps, deadlineReminderMail(user, draft, program, now, deps.siteOrigin));
        report.reminded += 1;
      }
    } while (cursor);
  }
  log.info('deadlines: reminders', report);
  return report;
}
