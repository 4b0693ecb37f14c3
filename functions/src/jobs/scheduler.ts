/**
 * The daily job. Today it closes published programmes whose deadline has passed;
 * draft reminders and retention purges join it with the applicant journey.
 */
import type { Logger } from '../logger';
import type { Store } from '../store/store-ports';

export type SchedulerReport = { closedPrograms: string[] };

export async function runDailyJobs(deps: { store: Store; clock: () => Date; log: Logger }): Promise<SchedulerReport> {
  const closedPrograms = await deps.store.programs.closeExpired(deps.clock());
  deps.log.info('scheduler: programmes closed', { closedPrograms });
  return { closedPrograms };
}
