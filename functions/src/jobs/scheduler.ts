/**
 * The daily job. Today it closes published programmes whose deadline has passed;
 * draft reminders and retention purges join it with the applicant journey.
 */
import { SYSTEM_ACTOR, auditEvent } from '../domain/audit';
import type { Logger } from '../logger';
import { newId } from '../store/ids';
import type { Store } from '../store/store-ports';

export type SchedulerReport = { closedPrograms: string[] };

export async function runDailyJobs(deps: { store: Store; clock: () => Date; log: Logger }): Promise<SchedulerReport> {
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
  return { closedPrograms };
}
