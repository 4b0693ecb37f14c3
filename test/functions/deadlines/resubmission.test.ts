/**
 * A change request usually comes after the call has closed: the file is then part of the
 * instruction, not a new application, so its holder can upload and resubmit whatever the
 * date, while a plain draft of the same call is refused.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, expectProblem } from '../security/support';

/** A month after the seed fund's deadline (26 February 2027, 23:59 Paris). */
const AFTER = new Date('2027-03-26T10:00:00.000Z');

describe('resubmitting after the deadline', () => {
  it('a file reopened for changes after the call closed takes a new document and is resubmitted; a draft is still refused', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    let lea = as(t, await signIn(t, 'lea@example.org'));
    const file = await filledDraft(t, lea);
    for (const type of REQUIRED_DOCUMENTS) {
      await uploadDocument(lea, file.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf(type) });
    }
    expect((await lea(`/api/applications/${file.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(200);
    const draft = await filledDraft(t, lea);

    // The call closes; a month later the manager asks for changes.
    t.setNow(AFTER);
    await runDailyJobs({ store: t.deps.store, clock: () => AFTER, log: t.deps.log });
    expect((await t.deps.store.programs.get('amorcage-ess'))?.status).toBe('closed');
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const asked = await manager(`/api/applications/${file.id}/transitions`, {
      method: 'POST',
      body: { event: 'request_changes', message: 'Merci de joindre des statuts à jour.' },
    });
    expect(asked.status).toBe(200);

    lea = as(t, await signIn(t, 'lea@example.org'));
    const { completed } = await uploadDocument(lea, file.id, {
      type: 'statuts',
      filename: 'statuts-2027.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf('Statuts 2027'),
    });
    expect(completed.status).toBe(200);
    const { application } = (await (await lea(`/api/applications/${file.id}`)).json()) as { application: { version: number } };
    const ticked = await lea(`/api/applications/${file.id}`, {
      method: 'PATCH',
      body: { version: application.version, declaration: VALID_SECTIONS.declaration },
    });
    expect(ticked.status).toBe(200);
    const resubmitted = await lea(`/api/applications/${file.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(resubmitted.status).toBe(200);
    expect(((await resubmitted.json()) as { application: { status: string } }).application.status).toBe('submitted');

    // A draft of the same call never sent in is still held to the deadline.
    await expectProblem(await lea(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } }), 409);
  }, 120_000);
});
