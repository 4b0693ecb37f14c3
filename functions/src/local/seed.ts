/** Idempotent seeding: a restart finds the demo data and adds nothing twice. */
import type { Store } from '../store/store-ports';
import { demoPrograms, demoStaff } from './demo-data';

export async function seedDemoData(store: Store, now: Date): Promise<{ programsCreated: number }> {
  let programsCreated = 0;
  for (const program of demoPrograms(now)) {
    if (await store.programs.createIfAbsent(program)) programsCreated += 1;
  }
  for (const user of demoStaff(now)) await store.users.createIfAbsent(user);
  return { programsCreated };
}
