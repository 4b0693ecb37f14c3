/**
 * The counters an operator watches are counted where the thing happens, once: through
 * the real routes on the emulators, with the test context's in-memory metrics
 * (on Lambda the same calls become EMF lines; see adapters.test.ts and lambda.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAMAV_TEST_DATABASE } from '../../../functions/src/local/clamav-scanner';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { withFaults } from '../../support/faults';
import { concat, fakeExeAsPdf, latin1, samplePdf } from '../../support/files';
import { as, exchangeCode, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

/** A well-formed PDF carrying the EICAR string, rebuilt from the shipped signature (as document-integrity.test.ts does). */
function infectedPdf(): Uint8Array {
  const eicar = Buffer.from(readFileSync(CLAMAV_TEST_DATABASE, 'utf8').trim().split(':')[3] ?? '', 'hex');
  const pdf = samplePdf('Statuts');
  return concat(pdf.subarray(0, 9), latin1('%'), eicar, latin1('\n'), pdf.subarray(9));
}

describe('business metrics', () => {
  it('counts codes sent, failed sign-ins, upload verdicts, submissions, decisions by kind and refused mail', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    const faults = withFaults(t);
    const totals = () =>
      Object.fromEntries(
        (
          [
            'SignInCodesSent',
            'SignInFailures',
            'UploadsVerified',
            'UploadsRefused',
            'UploadsInfected',
            'ApplicationsSubmitted',
            'Decisions',
            'MailFailures',
          ] as const
        ).map((name) => [name, t.metrics.total(name)]),
      );

    const applicant = as(t, await signIn(t, 'lea@example.org'));
    // The code was used: a second try with it fails, and is counted.
    expect((await exchangeCode(t, 'lea@example.org', '123456')).status).toBe(400);
    expect(totals()).toMatchObject({ SignInCodesSent: 1, SignInFailures: 1 });

    const draft = await filledDraft(t, applicant);
    const [first, ...others] = REQUIRED_DOCUMENTS;
    const refused = await uploadDocument(applicant, draft.id, {
      type: first!,
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: fakeExeAsPdf(),
    });
    expect(refused.completed.status).toBe(200);
    const infected = await uploadDocument(applicant, draft.id, {
      type: first!,
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: infectedPdf(),
    });
    expect(infected.completed.status).toBe(200);
    for (const type of REQUIRED_DOCUMENTS) {
      await uploadDocument(applicant, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf(type) });
    }
    // Asking to verify an upload again settles nothing new, and counts nothing.
    const again = await applicant(`/api/applications/${draft.id}/documents/${refused.documentId}/complete`, { method: 'POST' });
    expect(again.status).toBeLessThan(500);
    expect(totals()).toMatchObject({ UploadsRefused: 1, UploadsInfected: 1, UploadsVerified: 1 + others.length });

    // The relay refuses the acknowledgement: the submission stands, the mail is queued, the failure counted.
    faults.mail(1);
    const submitted = await applicant(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(submitted.status).toBe(200);
    expect(totals()).toMatchObject({ ApplicationsSubmitted: 1, MailFailures: 1 });

    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const transition = (body: Record<string, unknown>) => manager(`/api/applications/${draft.id}/transitions`, { method: 'POST', body });
    expect((await transition({ event: 'start_review' })).status).toBe(200);
    expect((await transition({ event: 'reject', reason: 'Hors du territoire couvert.' })).status).toBe(200);
    expect((await transition({ event: 'reopen', reason: 'Erreur de lecture de l’adresse.' })).status).toBe(200);
    expect((await transition({ event: 'approve', amountAwardedCents: 100_000 })).status).toBe(200);
    expect(t.metrics.total('Decisions')).toBe(3);
    for (const decision of ['reject', 'reopen', 'approve']) expect(t.metrics.total('Decisions', { decision }), decision).toBe(1);
    // start_review is not a decision; the applicant's and the manager's codes were both counted.
    expect(totals()).toMatchObject({ SignInCodesSent: 2, SignInFailures: 1, ApplicationsSubmitted: 1, MailFailures: 1 });
  });
});
