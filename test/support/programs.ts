/** Programme fixtures built from the demo data, so tests exercise realistic rules. */
import type { Program } from '../../functions/src/domain/program';
import { demoPrograms } from '../../functions/src/local/demo-data';

export function programFixture(now: Date, overrides: Partial<Program> = {}): Program {
  const [base] = demoPrograms(now);
  if (!base) throw new Error('demo data has no programme');
  return { ...base, ...overrides };
}
