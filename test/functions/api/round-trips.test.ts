/**
 * DynamoDB round trips per request, counted on the real client against DynamoDB
 * Local: a middleware notes each command the app sends and passes it on untouched.
 * The bounds are today's figures, so a change that adds a read fails here.
 *
 * A signed-in request starts with two GetItems (session, user) and reads the
 * application's partition with one Query. Before the layering clean-up (issue 8) →
 * after: GET application 4 → 4, PATCH autosave 5 → 5, submit 8 → 7 (then 8 with the organisation profile, issue 10) (the store no
 * longer reads again the application the service loaded), approve 9 → 7 (that, and
 * the programme read once instead of twice), GET public programme 1 → 1.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createDynamoClient } from '../../../functions/src/store/clients';
import { createDynamoStore } from '../../../functions/src/store/dynamo-store';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { JSON_HEADERS, as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

/** The same app on a client that counts what it sends; counting only, every command reaches DynamoDB Local. */
function counted(t: TestContext) {
  const sent: string[] = [];
  const db = createDynamoClient(t.config);
  db.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  const app = createApp({ ...t.deps, store: createDynamoStore(db, t.config.tableName) });
  /** The commands one request sent, by name. */
  const during = async (request: () => Promise<Response>, status = 200) => {
    sent.length = 0;
    const res = await request();
    expect(res.status, await res.clone().text()).toBe(status);
    return [...sent];
  };
  return { ctx: { ...t, app }, during };
}

describe('DynamoDB round trips per request', () => {
  it('stays within the counted figures for the applicant and manager paths', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    const { ctx, during } = counted(t);
    const applicant = as(ctx, await signIn(t, 'lea@example.org'));
    const manager = as(ctx, await signIn(t, DEMO_MANAGER_EMAIL));

    const draft = await filledDraft(ctx, applicant);
    for (const type of REQUIRED_DOCUMENTS) {
      await uploadDocument(applicant, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() });
    }
    const current = (await (await applicant(`/api/applications/${draft.id}`)).json()) as { application: { version: number } };

    const figures = {
      getApplication: await during(() => Promise.resolve(applicant(`/api/applications/${draft.id}`))),
      autosave: await during(() =>
        Promise.resolve(
          applicant(`/api/applications/${draft.id}`, {
            method: 'PATCH',
            body: { version: current.application.version, answers: { accompagnement: true, partenaires: 'Emmaüs.' } },
          }),
        ),
      ),
      submit: await during(() =>
        Promise.resolve(applicant(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })),
      ),
      approve: [] as string[],
      publicProgramme: [] as string[],
    };
    expect((await manager(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'start_review' } })).status).toBe(
      200,
    );
    figures.approve = await during(() =>
      Promise.resolve(
        manager(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'approve', amountAwardedCents: 1_000_000 } }),
      ),
    );
    figures.publicProgramme = await during(() => Promise.resolve(ctx.app.request('/api/programs/amorcage-ess', { headers: JSON_HEADERS })));

    console.info(
      'DynamoDB commands per request:',
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, `${v.length} (${v.join(', ')})`])),
    );
    const counts = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.length]));
    expect(counts.getApplication).toBeLessThanOrEqual(4);
    expect(counts.autosave).toBeLessThanOrEqual(5);
    // 7, plus the organisation profile kept for the holder's next application (one PutItem after the submission).
    expect(counts.submit).toBeLessThanOrEqual(8);
    expect(counts.approve).toBeLessThanOrEqual(7);
    expect(counts.publicProgramme).toBeLessThanOrEqual(1);
  });
});
