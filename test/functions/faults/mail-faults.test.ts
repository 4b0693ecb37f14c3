/**
 * A mail relay failure never loses the state change it reports, nor the mail: the
 * request succeeds, the mail waits in the queue, and the scheduler sends it once.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { withFaults, type Faults } from '../../support/faults';
import { samplePdf } from '../../support/files';
import { as, exchangeCode, lastCode, requestCode, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
// The test clock moves a millisecond a read: the queued mail is due a moment after NOW.
const SOON = new Date(NOW.getTime() + 60_000);
const ACK = 'Accusé de réception : ESS-2026-000001';
type Req = ReturnType<typeof as>;

async function submitted(): Promise<{ t: TestContext; req: Req; faults: Faults; res: Response; id: string }> {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  const faults = withFaults(t);
  const req = as(t, await signIn(t, 'lea@example.org'));
  const draft = await filledDraft(t, req);
  for (const type of REQUIRED_DOCUMENTS) {
    await uploadDocument(req, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() });
  }
  faults.mail(1);
  const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
  return { t, req, faults, res, id: draft.id };
}

const acks = (t: TestContext) => t.deps.outbox?.list().filter((m) => m.subject === ACK) ?? [];
const run = (t: TestContext, at: Date) => runDailyJobs({ ...t.deps, clock: () => at });

describe('the mail relay failing during a submission', () => {
  it('answers 200 with the application submitted, and queues the acknowledgement instead of losing it', async () => {
    const { t, req, res, id } = await submitted();
    expect(res.status).toBe(200);
    expect(((await res.json()) as { application: { status: string; reference: string } }).application).toMatchObject({
      status: 'submitted',
      reference: 'ESS-2026-000001',
    });
    expect(((await (await req(`/api/applications/${id}`)).json()) as { application: { status: string } }).application.status).toBe(
      'submitted',
    );
    expect(acks(t)).toHaveLength(0);
    const queued = await t.deps.store.mails.due(SOON.toISOString(), 10);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ to: 'lea@example.org', subject: ACK, status: 'pending', attempts: 0 });
  });

  it('the scheduler then sends it once and marks it sent; a second run sends nothing more', async () => {
    const { t } = await submitted();
    const [queued] = await t.deps.store.mails.due(SOON.toISOString(), 10);
    if (!queued) throw new Error('nothing queued');

    const first = await run(t, new Date(NOW.getTime() + 60_000));
    expect(first.mails).toEqual({ sent: 1, retryLater: 0, abandoned: 0 });
    expect(acks(t)).toHaveLength(1);
    expect(acks(t)[0]).toMatchObject({ to: 'lea@example.org' });
    expect(await t.deps.store.mails.get(queued.id)).toMatchObject({ status: 'sent', attempts: 1 });

    const second = await run(t, new Date(NOW.getTime() + 86_400_000));
    expect(second.mails).toEqual({ sent: 0, retryLater: 0, abandoned: 0 });
    expect(acks(t)).toHaveLength(1);
  });

  it('a run during which the relay still fails backs the mail off; the next due run sends it', async () => {
    const { t, faults } = await submitted();
    const [queued] = await t.deps.store.mails.due(SOON.toISOString(), 10);
    if (!queued) throw new Error('nothing queued');

    faults.mail(1);
    const failing = await run(t, new Date(NOW.getTime() + 60_000));
    expect(failing.mails).toEqual({ sent: 0, retryLater: 1, abandoned: 0 });
    const backedOff = await t.deps.store.mails.get(queued.id);
    expect(backedOff).toMatchObject({ status: 'pending', attempts: 1 });
    expect(Date.parse(backedOff?.nextAttemptAt ?? '')).toBeGreaterThan(NOW.getTime() + 60_000);

    // Not due yet: an immediate second run leaves it alone.
    expect((await run(t, new Date(NOW.getTime() + 61_000))).mails).toEqual({ sent: 0, retryLater: 0, abandoned: 0 });
    expect((await run(t, new Date(NOW.getTime() + 86_400_000))).mails).toEqual({ sent: 1, retryLater: 0, abandoned: 0 });
    expect(acks(t)).toHaveLength(1);
  });

  it('two overlapping scheduler runs send a queued mail once', async () => {
    const { t } = await submitted();
    const at = new Date(NOW.getTime() + 60_000);
    const reports = await Promise.all([run(t, at), run(t, at)]);
    expect(reports.reduce((n, r) => n + (r.mails?.sent ?? 0), 0)).toBe(1);
    expect(acks(t)).toHaveLength(1);
  });
});

describe('the mail relay failing when a sign-in code is asked for', () => {
  it('answers 503 with Retry-After (a code is never queued), and asking again at once sends a code that works', async () => {
    const t = await createTestContext({ now: NOW });
    const faults = withFaults(t);
    faults.mail(1);
    const refused = await requestCode(t, 'lea@example.org');
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await t.deps.store.mails.due(SOON.toISOString(), 10)).toEqual([]);

    // The unsent code was withdrawn, so the resend pause does not hold the applicant back.
    expect((await requestCode(t, 'lea@example.org')).status).toBe(202);
    expect((await exchangeCode(t, 'lea@example.org', lastCode(t, 'lea@example.org'))).status).toBe(200);
  });
});
