/**
 * The daily job closes programmes past their deadline, and says so in the
 * programme's audit trail (actor: the system) in the same write.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { createTestContext } from '../../support/deps';
import { programFixture } from '../../support/programs';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

describe('daily job: closing expired programmes', () => {
  it('closes a published programme past its deadline and writes a system audit event with the status change', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    const program = programFixture(NOW, {
      id: 'ferme-hier',
      status: 'published',
      opensAt: '2026-10-01T00:00:00.000Z',
      closesAt: '2026-11-27T22:59:59.000Z',
    });
    expect(await t.deps.store.programs.createIfAbsent(program)).toBe(true);

    const report = await runDailyJobs({ store: t.deps.store, clock: () => NOW, log: t.deps.log });
    expect(report.closedPrograms).toEqual(['ferme-hier']);

    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const res = await manager('/api/programs/ferme-hier/events');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'program_status_changed',
      subjectId: 'ferme-hier',
      actorId: 'system',
      actorRole: 'system',
      at: NOW.toISOString(),
      changed: ['status'],
      before: { status: 'published' },
      after: { status: 'closed' },
    });
    expect((await t.deps.store.programs.get('ferme-hier'))?.status).toBe('closed');

    // A second run finds nothing to close and writes nothing more.
    expect((await runDailyJobs({ store: t.deps.store, clock: () => NOW, log: t.deps.log })).closedPrograms).toEqual([]);
    expect(await t.deps.store.programs.listEvents('ferme-hier')).toHaveLength(1);
  });
});
