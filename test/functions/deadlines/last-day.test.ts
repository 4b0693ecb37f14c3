/**
 * The last day of a call, through the HTTP API with the server's clock moved: a
 * deadline shown as "23 h 59" takes a submission at 23:00 Paris and at 23:59:59, refuses
 * one at 00:01 the next day with a problem naming the deadline (and writes nothing), and
 * gives a draft that existed before it the configured grace (SUBMISSION_GRACE_MINUTES);
 * the upload declaration follows the same rule.
 *
 * The e2e stack runs one server for every browser journey, with the real clock: moving
 * it for one test would move it for all, so the last-day journey is proved here, on the
 * same app through app.request().
 */
import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../../functions/src/domain/format';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { NOW, expectProblem, storedApplication, type Req } from '../security/support';

/** The seed fund's deadline (demo data: 23:59 Paris, 90 days after NOW): 26 February 2027, 22:59Z. */
const CLOSES_AT = '2027-02-26T22:59:00.000Z';

async function world(graceMinutes: number) {
  const t = await createTestContext({ now: NOW, env: { SUBMISSION_GRACE_MINUTES: String(graceMinutes) } });
  await seedDemoData(t.deps.store, NOW);
  return t;
}

/** An applicant's complete draft (every required document verified), made at NOW. */
async function readyDraft(t: TestContext, email: string): Promise<{ email: string; id: string }> {
  t.setNow(NOW);
  const req = as(t, await signIn(t, email));
  const draft = await filledDraft(t, req);
  for (const type of REQUIRED_DOCUMENTS) {
    const { completed } = await uploadDocument(req, draft.id, {
      type,
      filename: `${type}.pdf`,
      contentType: 'application/pdf',
      bytes: samplePdf(type),
    });
    expect(completed.status).toBe(200);
  }
  return { email, id: draft.id };
}

/** The applicant, signed in again at `utc` (sessions last 8 hours, the deadline is months later). */
async function signedInAt(t: TestContext, who: { email: string }, utc: string): Promise<Req> {
  t.setNow(new Date(utc));
  return as(t, await signIn(t, who.email));
}

const submit = (req: Req, id: string) => req(`/api/applications/${id}/transitions`, { method: 'POST', body: { event: 'submit' } });
const declare = (req: Req, id: string) =>
  req(`/api/applications/${id}/documents`, {
    method: 'POST',
    body: { type: REQUIRED_DOCUMENTS[0], filename: 'statuts-v2.pdf', contentType: 'application/pdf', size: 1000 },
  });

async function expectDeadlineRefusal(res: Response) {
  const problem = await expectProblem(res, 409);
  expect(problem.detail).toContain('26 février 2027 à 23 h 59, heure de Paris');
  return problem;
}

describe('the last day of a call', () => {
  it('states its deadline at 23:59 Paris, as the programme page reads it', async () => {
    const t = await world(5);
    const program = (await (await t.app.request('/api/programs/amorcage-ess')).json()) as { closesAt: string };
    expect(new Date(program.closesAt).toISOString()).toBe(CLOSES_AT);
    expect(formatDeadline(program.closesAt, 'fr')).toBe('26 février 2027 à 23 h 59, heure de Paris');
  });

  it('accepts a submission at 23:00 Paris and at 23:59:59, and refuses one at 00:01 the next day without grace, writing nothing', async () => {
    const t = await world(0);
    const early = await readyDraft(t, 'lea@example.org');
    const lastSecond = await readyDraft(t, 'sam@example.org');
    const late = await readyDraft(t, 'noe@example.org');

    // 23:00 Paris on the last day.
    expect((await submit(await signedInAt(t, early, '2027-02-26T22:00:00.000Z'), early.id)).status).toBe(200);
    // The acknowledgement states the deadline with its minute.
    const ack = t.deps.outbox?.list().find((m) => m.to === early.email && /Accusé de réception/.test(m.subject));
    expect(ack?.text).toContain('Date limite de l’appel : 26 février 2027 à 23 h 59, heure de Paris.');
    // 23:59:59 Paris: the minute shown is included.
    expect((await submit(await signedInAt(t, lastSecond, '2027-02-26T22:59:59.000Z'), lastSecond.id)).status).toBe(200);

    // 00:01 Paris, 27 February.
    const req = await signedInAt(t, late, '2027-02-26T23:01:00.000Z');
    const before = await storedApplication(t, late.id);
    const problem = await expectDeadlineRefusal(await submit(req, late.id));
    expect(problem.detail).toContain('n’accepte plus de demandes');
    expect(await storedApplication(t, late.id)).toEqual(before);
  });

  it('gives a draft that existed before the deadline the grace: sent at 23:59:30, arriving 2 minutes later, accepted; after the grace, refused', async () => {
    const t = await world(5);
    const slow = await readyDraft(t, 'lea@example.org');
    const tooLate = await readyDraft(t, 'sam@example.org');

    // Sent at 23:59:30, 2 minutes on the way: 00:01:30 Paris (by an applicant who reads English).
    const req = await signedInAt(t, slow, '2027-02-26T23:01:30.000Z');
    expect((await req('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    const accepted = await submit(req, slow.id);
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { application: { status: string } }).application.status).toBe('submitted');
    const ack = t.deps.outbox?.list().find((m) => m.to === slow.email && /Application received/.test(m.subject));
    expect(ack?.text).toContain("The call's deadline: 26 February 2027 at 23:59 Paris time.");

    // 00:05 Paris: 5 minutes after the deadline's minute.
    await expectDeadlineRefusal(await submit(await signedInAt(t, tooLate, '2027-02-26T23:05:00.000Z'), tooLate.id));
    expect((await storedApplication(t, tooLate.id))?.status).toBe('draft');
  });

  it('declares an upload on the same rule: on the last day, within the grace, not after it', async () => {
    const t = await world(5);
    const lea = await readyDraft(t, 'lea@example.org');
    const req = await signedInAt(t, lea, '2027-02-26T22:30:00.000Z'); // 23:30 Paris
    expect((await declare(req, lea.id)).status).toBe(201);
    t.setNow(new Date('2027-02-26T23:01:30.000Z')); // within the grace
    expect((await declare(req, lea.id)).status).toBe(201);
    t.setNow(new Date('2027-02-26T23:05:00.000Z')); // after it
    await expectDeadlineRefusal(await declare(req, lea.id));

    const strict = await world(0);
    const sam = await readyDraft(strict, 'sam@example.org');
    // 00:01 Paris, no grace.
    await expectDeadlineRefusal(await declare(await signedInAt(strict, sam, '2027-02-26T23:01:00.000Z'), sam.id));
  });

  it('refuses a new draft once the deadline minute is over, grace or not: the grace is for drafts that existed', async () => {
    const t = await world(5);
    const req = await signedInAt(t, { email: 'lea@example.org' }, '2027-02-26T23:01:30.000Z');
    const res = await req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
    expect(res.status).toBe(409);
  });
});

describe('the daily job and the grace', () => {
  it('does not close the programme under a graced submission: it closes once the longest grace is over', async () => {
    const { runDailyJobs } = await import('../../../functions/src/jobs/scheduler');
    const t = await world(5);
    const lea = await readyDraft(t, 'lea@example.org');
    const job = (utc: string) => runDailyJobs({ store: t.deps.store, clock: () => new Date(utc), log: t.deps.log });
    // A run at 00:00:30 Paris (a deadline near the job's hour): the programme stays published.
    // (The other demo programme, closed a month earlier, goes at the first run.)
    expect((await job('2027-02-26T23:00:30.000Z')).closedPrograms).not.toContain('amorcage-ess');
    expect((await submit(await signedInAt(t, lea, '2027-02-26T23:03:00.000Z'), lea.id)).status).toBe(200);
    // 61 minutes after the deadline's minute, it closes.
    expect((await job('2027-02-27T00:00:00.000Z')).closedPrograms).not.toContain('amorcage-ess');
    expect((await job('2027-02-27T00:01:00.000Z')).closedPrograms).toEqual(['amorcage-ess']);
  });
});
