/**
 * The daily job applies the retention periods the privacy page states: an idle draft's
 * holder is told two weeks before, once; the draft is then erased with its documents
 * unless it was changed meanwhile; withdrawn and rejected files go after their period;
 * every erasure leaves an audit event naming nobody; runs are idempotent and bounded,
 * and an erasure a run left half-done is finished by the next.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import { seedDemoData } from '../../../functions/src/local/seed';
import { applyRetention } from '../../../functions/src/services/retention';
import { filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, storedPartition } from '../security/support';
import { storedObjects, submittedApplication } from './support';

const at = (iso: string) => new Date(iso);
const run = (t: TestContext, when: Date) => {
  t.setNow(when);
  return runDailyJobs({ ...t.deps, clock: () => when });
};
const warnings = (t: TestContext) => t.deps.outbox?.list().filter((m) => /sera effacé|will be erased/.test(m.subject)) ?? [];
const erasures = async (t: TestContext) =>
  (await t.deps.store.programs.listEvents('amorcage-ess')).filter((e) => e.type === 'application_erased');

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  const lea = as(t, await signIn(t, 'lea@example.org'));
  const idle = await filledDraft(t, lea);
  await uploadDocument(lea, idle.id, { type: 'statuts', filename: 'statuts.pdf', contentType: 'application/pdf', bytes: samplePdf() });
  const kept = await filledDraft(t, lea);
  return { t, lea, idleId: idle.id, keptId: kept.id };
}

describe('retention: idle drafts', () => {
  it('warns once two weeks ahead, then erases the idle draft and its documents, and spares one changed since', async () => {
    const { t, idleId, keptId } = await world();

    // 11 months and 20 days later: inside the warning window, not yet erasable.
    const first = await run(t, at('2027-11-18T03:00:00.000Z'));
    expect(first.retention).toMatchObject({ warned: 2, erased: { idleDrafts: 0, closed: 0, resumed: 0 } });
    expect(warnings(t)).toHaveLength(2);
    expect(warnings(t)[0]).toMatchObject({ to: 'lea@example.org' });
    expect(warnings(t)[0]?.subject).toMatch(/à partir du 2 décembre 2027/);
    expect(warnings(t)[0]?.text).toContain(`/demandes/`);

    // The next day's run sends nothing again.
    expect((await run(t, at('2027-11-19T03:00:00.000Z'))).retention?.warned).toBe(0);
    expect(warnings(t)).toHaveLength(2);

    // Léa comes back to one of them.
    t.setNow(at('2027-11-20T09:00:00.000Z'));
    const back = as(t, await signIn(t, 'lea@example.org'));
    const { application } = (await (await back(`/api/applications/${keptId}`)).json()) as { application: { version: number } };
    expect(
      (
        await back(`/api/applications/${keptId}`, {
          method: 'PATCH',
          body: { version: application.version, project: { title: 'Toujours là' } },
        })
      ).status,
    ).toBe(200);

    // Twelve months idle and warned more than two weeks ago: the idle one goes, the other stays.
    const later = await run(t, at('2027-12-03T03:00:00.000Z'));
    expect(later.retention?.erased.idleDrafts).toBe(1);
    expect(await storedPartition(t, idleId)).toEqual([]);
    expect(await storedObjects(t, idleId)).toEqual([]);
    expect((await t.deps.store.applications.get(keptId))?.project.title).toBe('Toujours là');

    const [event] = await erasures(t);
    expect(event).toMatchObject({ actorId: 'system', before: { applicationId: idleId, status: 'draft' }, after: { reason: 'idle_draft' } });
    expect(JSON.stringify(event)).not.toMatch(/lea@|Léa|Dupont|Ressourcerie/);

    // Idempotent: nothing more to erase, nothing more written.
    expect((await run(t, at('2027-12-03T04:00:00.000Z'))).retention?.erased.idleDrafts).toBe(0);
    expect(await erasures(t)).toHaveLength(1);
  }, 120_000);

  it('does not erase a draft whose holder was never warned, however old', async () => {
    const { t, idleId } = await world();
    // The job did not run for two years: this run warns, it does not erase.
    const report = await run(t, at('2028-12-01T03:00:00.000Z'));
    expect(report.retention).toMatchObject({ warned: 2, erased: { idleDrafts: 0 } });
    expect(warnings(t)[0]?.subject).toMatch(/15 décembre 2028/);
    expect(await t.deps.store.applications.get(idleId)).not.toBeNull();
  }, 60_000);

  it('works in bounded batches: what a run leaves, the next one takes', async () => {
    const { t } = await world();
    const limits = { erasures: 1, warnings: 1 };
    const apply = (when: Date) =>
      applyRetention({ ...t.deps, clock: () => when, policy: t.config.retention, siteOrigin: t.config.siteOrigin, limits });
    expect(await apply(at('2027-11-18T03:00:00.000Z'))).toMatchObject({ warned: 1, more: true });
    expect(await apply(at('2027-11-18T03:01:00.000Z'))).toMatchObject({ warned: 1 });
    expect(warnings(t)).toHaveLength(2);
    expect(await apply(at('2027-12-03T03:00:00.000Z'))).toMatchObject({ erased: { idleDrafts: 1 }, more: true });
    expect(await apply(at('2027-12-03T03:01:00.000Z'))).toMatchObject({ erased: { idleDrafts: 1 } });
    expect(await erasures(t)).toHaveLength(2);
  }, 60_000);

  it('finishes an erasure a stopped run left half-done; the file is already gone for everyone meanwhile', async () => {
    const { t, lea, idleId } = await world();
    const application = await t.deps.store.applications.get(idleId);
    // A run that stopped right after hiding the file.
    expect(await t.deps.store.personalData.beginErasure(idleId, application?.version ?? 0, NOW.toISOString())).toBe(true);
    expect((await lea(`/api/applications/${idleId}`)).status).toBe(404);
    const listed = (await (await lea('/api/applications')).json()) as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).not.toContain(idleId);
    expect(await storedObjects(t, idleId)).not.toEqual([]);

    const report = await run(t, at('2026-11-29T03:00:00.000Z'));
    expect(report.retention?.erased.resumed).toBe(1);
    expect(await storedPartition(t, idleId)).toEqual([]);
    expect(await storedObjects(t, idleId)).toEqual([]);
  }, 60_000);
});

describe('retention: withdrawn and rejected files', () => {
  it('erases them with their documents once the stated period has passed since the last change, not before', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    const lea = as(t, await signIn(t, 'lea@example.org'));
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const withdrawnId = await submittedApplication(t, lea);
    expect((await lea(`/api/applications/${withdrawnId}/transitions`, { method: 'POST', body: { event: 'withdraw' } })).status).toBe(200);
    const rejectedId = await submittedApplication(t, lea);
    const rejected = await manager(`/api/applications/${rejectedId}/transitions`, {
      method: 'POST',
      body: { event: 'reject', reason: 'Projet hors du champ de l’ESS.' },
    });
    expect(rejected.status).toBe(200);
    const stillQueued = await submittedApplication(t, lea);

    // Two years and eleven months on: kept.
    expect((await run(t, at('2029-10-28T03:00:00.000Z'))).retention?.erased.closed).toBe(0);
    expect(await storedObjects(t, rejectedId)).not.toEqual([]);

    // Three years and a day: both go, documents included; a file still in the queue stays.
    expect((await run(t, at('2029-11-29T03:00:00.000Z'))).retention?.erased.closed).toBe(2);
    for (const id of [withdrawnId, rejectedId]) {
      expect(await storedPartition(t, id)).toEqual([]);
      expect(await storedObjects(t, id)).toEqual([]);
    }
    expect(await t.deps.store.applications.get(stillQueued)).not.toBeNull();
    const events = await erasures(t);
    expect(events.map((e) => e.before?.status).sort()).toEqual(['rejected', 'withdrawn']);
    expect(events.every((e) => e.after?.reason === 'retention_period')).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/lea@|Léa|Dupont/);
  }, 120_000);
});
