/**
 * The daily job emails each draft holder 7 days and 2 days before a published
 * programme's deadline: once each whatever the number of runs, in the account's
 * language, with the deadline's minute and a link to the draft; drafts of a closed
 * programme or of one far off get nothing.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import { seedDemoData } from '../../../functions/src/local/seed';
import { filledDraft } from '../../support/applications';
import { SITE_ORIGIN, createTestContext, type TestContext } from '../../support/deps';
import { programFixture } from '../../support/programs';
import { as, signIn } from '../../support/session';
import { NOW, storedApplication } from '../security/support';

/** 8 December 2026, 23:59 Paris (22:59Z): ten days after NOW. */
const SOON = '2026-12-08T22:59:00.000Z';

const run = (t: TestContext, when: string) => {
  const at = new Date(when);
  t.setNow(at);
  return runDailyJobs({ ...t.deps, clock: () => at });
};
const remindersTo = (t: TestContext, email: string) =>
  [...(t.deps.outbox?.list() ?? [])]
    .reverse()
    .filter((m) => m.to === email && /Plus que|days left|Plus qu’un|Dernier jour|Last day|One day/.test(m.subject));

async function holder(t: TestContext, email: string, programId: string, locale: 'fr' | 'en' = 'fr') {
  t.setNow(NOW);
  const req = as(t, await signIn(t, email));
  if (locale === 'en') expect((await req('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
  const draft = await filledDraft(t, req, programId);
  return { req, id: draft.id };
}

describe('deadline reminders', () => {
  it('go 7 days and 2 days before the deadline, once each across runs, in the holder’s language, with a link to the draft', async () => {
    const t = await createTestContext({ now: NOW });
    await seedDemoData(t.deps.store, NOW);
    await t.deps.store.programs.createIfAbsent(programFixture(NOW, { id: 'bientot', referencePrefix: 'BTT', closesAt: SOON }));
    await t.deps.store.programs.createIfAbsent(programFixture(NOW, { id: 'ferme', referencePrefix: 'FRM', closesAt: SOON }));
    const lea = await holder(t, 'lea@example.org', 'bientot');
    const sam = await holder(t, 'sam@example.org', 'bientot', 'en');
    // Far off (the seed fund closes 90 days after NOW) and closed early by the unit: nothing.
    await holder(t, 'far@example.org', 'amorcage-ess');
    await holder(t, 'closed@example.org', 'ferme');
    const ferme = await t.deps.store.programs.get('ferme');
    if (!ferme) throw new Error('no programme');
    await t.deps.store.programs.replace({ ...ferme, status: 'closed' }, ferme.version, 0);

    // 30 November, 8 days before: not yet.
    expect((await run(t, '2026-11-30T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 0, reminded: 0 });
    // 1 December, 04:00 Paris: a week before.
    expect((await run(t, '2026-12-01T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 1, reminded: 2 });
    // The same day again, and the next: nothing more.
    expect((await run(t, '2026-12-01T15:00:00.000Z')).deadlineReminders).toEqual({ programs: 1, reminded: 0 });
    expect((await run(t, '2026-12-02T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 1, reminded: 0 });
    // 6 December: two days before.
    expect((await run(t, '2026-12-06T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 1, reminded: 2 });
    expect((await run(t, '2026-12-07T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 1, reminded: 0 });
    // After the deadline: nothing.
    expect((await run(t, '2026-12-09T03:00:00.000Z')).deadlineReminders).toEqual({ programs: 0, reminded: 0 });

    const fr = remindersTo(t, 'lea@example.org');
    expect(fr.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Plus que 7 jours pour déposer votre demande « /),
      expect.stringMatching(/^Plus que 2 jours pour déposer votre demande « /),
    ]);
    for (const mail of fr) {
      expect(mail.text).toContain('La date limite de dépôt est le 8 décembre 2026 à 23 h 59, heure de Paris (cette minute comprise).');
      expect(mail.text).toContain(`${SITE_ORIGIN}/demandes/${lea.id}/modifier`);
    }
    const en = remindersTo(t, 'sam@example.org');
    expect(en.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^7 days left to submit your application to "/),
      expect.stringMatching(/^2 days left to submit your application to "/),
    ]);
    for (const mail of en) {
      expect(mail.text).toContain('The deadline is 8 December 2026 at 23:59 Paris time (that minute included).');
      expect(mail.text).toContain(`${SITE_ORIGIN}/demandes/${sam.id}/modifier`);
      expect(mail.text).not.toMatch(/Bonjour|date limite/);
    }
    expect(remindersTo(t, 'far@example.org')).toEqual([]);
    expect(remindersTo(t, 'closed@example.org')).toEqual([]);
    // Each reminder is marked on the draft itself, so the next run knows.
    expect(await storedApplication(t, lea.id)).toMatchObject({
      deadlineReminded7At: '2026-12-01T03:00:00.000Z',
      deadlineReminded2At: '2026-12-06T03:00:00.000Z',
    });
  });

  it('sends only the 2-day one when the job first sees the programme within two days, and once when two runs race', async () => {
    const t = await createTestContext({ now: NOW });
    await seedDemoData(t.deps.store, NOW);
    await t.deps.store.programs.createIfAbsent(programFixture(NOW, { id: 'bientot', referencePrefix: 'BTT', closesAt: SOON }));
    await holder(t, 'lea@example.org', 'bientot');
    // Two runs at once (a retried invocation): one mail.
    const [a, b] = await Promise.all([
      run(t, '2026-12-07T03:00:00.000Z'),
      runDailyJobs({ ...t.deps, clock: () => new Date('2026-12-07T03:00:00.000Z') }),
    ]);
    expect((a.deadlineReminders?.reminded ?? 0) + (b.deadlineReminders?.reminded ?? 0)).toBe(1);
    expect(remindersTo(t, 'lea@example.org').map((m) => m.subject)).toEqual([expect.stringMatching(/^Plus qu’un jour pour déposer/)]);
  });
});
