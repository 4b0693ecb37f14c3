/**
 * What an autosave costs in writes, read from DynamoDB Local's own accounting
 * (ReturnConsumedCapacity: INDEXES, added to each write by a middleware that changes
 * nothing else). A draft's autosave changes only the applicant's sections, so it must
 * write the table and the applicant's own list (gsi1), never the staff queue indexes
 * (gsi2 by date, gsi3 by score), which hold submitted files only; the daily jobs find
 * drafts through a keys-only index (gsi4) whose keys an autosave never changes.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createDynamoClient } from '../../../functions/src/store/clients';
import { createDynamoStore } from '../../../functions/src/store/dynamo-store';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

type Consumed = { command: string; table: number; indexes: Record<string, number> };

/** The same app on a client that asks DynamoDB Local what each write consumed, per index. */
function metered(t: TestContext) {
  const consumed: Consumed[] = [];
  const db = createDynamoClient(t.config);
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input: Record<string, unknown> }).input;
      const write = /^(Put|Update|Delete|TransactWriteItems|BatchWriteItem)/.test(context.commandName ?? '');
      if (write) input.ReturnConsumedCapacity = 'INDEXES';
      const out = await next(args);
      if (write) {
        const raw = (out as { output: { ConsumedCapacity?: unknown } }).output.ConsumedCapacity;
        for (const c of (Array.isArray(raw) ? raw : raw ? [raw] : []) as {
          Table?: { CapacityUnits?: number };
          GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
        }[]) {
          consumed.push({
            command: context.commandName ?? '',
            table: c.Table?.CapacityUnits ?? 0,
            indexes: Object.fromEntries(Object.entries(c.GlobalSecondaryIndexes ?? {}).map(([name, v]) => [name, v.CapacityUnits ?? 0])),
          });
        }
      }
      return out;
    },
    { step: 'initialize', name: 'meterWrites' },
  );
  return { app: createApp({ ...t.deps, store: createDynamoStore(db, t.config.tableName) }), consumed };
}

describe('write amplification', () => {
  it("a draft's autosave writes the table and the applicant's list only, never the staff queue indexes", async () => {
    const t = await createTestContext({ now: NOW });
    await seedDemoData(t.deps.store, NOW);
    const { app, consumed } = metered(t);
    const ctx = { ...t, app };
    const applicant = as(ctx, await signIn(t, 'lea@example.org'));
    const draft = await filledDraft(ctx, applicant);

    consumed.length = 0;
    const saved = await applicant(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: draft.version, project: { ...VALID_SECTIONS.project, title: 'Atelier de réparation, version 2' } },
    });
    expect(saved.status).toBe(200);
    const autosave = consumed.filter((c) => c.command === 'UpdateItemCommand');
    expect(autosave).toHaveLength(1);
    expect(Object.keys(autosave[0]?.indexes ?? {}).sort()).toEqual(['gsi1']);

    // Once submitted, the file is in the staff queues (both sort orders).
    for (const type of REQUIRED_DOCUMENTS) {
      await uploadDocument(applicant, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() });
    }
    consumed.length = 0;
    expect((await applicant(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(200);
    const submit = consumed.find((c) => c.command === 'TransactWriteItemsCommand');
    expect(Object.keys(submit?.indexes ?? {})).toEqual(expect.arrayContaining(['gsi2', 'gsi3']));
  }, 60_000);
});
