/**
 * The parts of a programme that applications depend on freeze with the first
 * application, even when it arrives between the manager's read and write. The SDK
 * middleware below only delays the programme's write (a fault the emulator cannot
 * stage on cue): in that window an applicant starts a draft through the real app.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import type { Program } from '../../../functions/src/domain/program';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createDynamoClient } from '../../../functions/src/store/clients';
import { createDynamoStore } from '../../../functions/src/store/dynamo-store';
import { createTestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, expectProblem } from './support';

describe('frozen programme parts, under concurrency', () => {
  it('refuses a frozen change whose write lands after an application was created in between', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    const managerCookie = await signIn(t, DEMO_MANAGER_EMAIL);

    let created: Response | null = null;
    const slow = createDynamoClient(t.config);
    slow.middlewareStack.add(
      (next, context) => async (args) => {
        // The programme's replace: a transaction on its item conditioned on the version read.
        const input = JSON.stringify(args.input);
        const programWrite =
          /TransactWrite/.test(context.commandName ?? '') && input.includes('PROGRAM#amorcage-ess') && input.includes(':expected');
        if (programWrite && !created)
          created = await applicant('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
        return next(args);
      },
      { step: 'initialize', name: 'applicationInTheWindow' },
    );
    const managerApp = createApp({ ...t.deps, store: createDynamoStore(slow, t.config.tableName) });
    const manager = (path: string, body?: unknown) =>
      managerApp.request(path, {
        method: body === undefined ? 'GET' : 'PUT',
        headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:3000', Cookie: managerCookie },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    const current = (await (await manager('/api/programs/amorcage-ess')).json()) as Program;
    const { version, createdAt: _c, updatedAt: _u, ...fields } = current;
    const res = await manager('/api/programs/amorcage-ess', {
      ...fields,
      version,
      questions: fields.questions.map((q) => ({ ...q, required: !q.required })),
    });

    expect((created as Response | null)?.status).toBe(201);
    await expectProblem(res, 409);
    const stored = await t.deps.store.programs.get('amorcage-ess');
    expect(stored?.questions).toEqual(current.questions);
    expect(stored?.version).toBe(version);
    // The counter behind the condition is the adapter's business: it never reaches a reader.
    expect(Object.keys((await (await manager('/api/programs/amorcage-ess')).json()) as object)).not.toContain('applicationCount');
  });
});
