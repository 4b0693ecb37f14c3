/**
 * A programme with 5,000 files exports whole: the API writes the CSV to the bucket part by
 * part (here about 7 MB, so a multipart upload) and answers with a redirect to it, far
 * under Lambda's 6 MB response limit that a streamed body would hit.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../../functions/src/domain/application';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { keys } from '../../../functions/src/store/keys';
import { VALID_SECTIONS } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const FILES = 5000;
/** A long rejection reason makes each row about 1.4 KB, so the export needs several 5 MiB parts. */
const REASON = 'Le projet ne relève pas du champ de l’économie sociale et solidaire ; '.repeat(18);

/** Writes `count` rejected applications straight to the table, with the queue index keys the store uses. */
async function seedRejected(t: TestContext, count: number): Promise<void> {
  const items = Array.from({ length: count }, (_, i) => {
    const id = `app_bulk_${String(i).padStart(5, '0')}`;
    const submittedAt = new Date(NOW.getTime() - (count - i) * 60_000).toISOString();
    const application: Application = {
      ...VALID_SECTIONS,
      id,
      programId: 'amorcage-ess',
      ownerId: 'usr_bulk',
      status: 'rejected',
      version: 3,
      reference: `ESS-2026-${String(i + 1).padStart(6, '0')}`,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
      decisionReason: REASON,
      decidedAt: submittedAt,
    };
    return {
      ...keys.application(id),
      entity: 'application',
      gsi2pk: keys.applicationsByProgramStatus('amorcage-ess', 'rejected'),
      gsi2sk: keys.applicationStatusSort(submittedAt, submittedAt, id),
      gsi3pk: keys.applicationsByProgramScore('amorcage-ess', 'rejected'),
      gsi3sk: keys.applicationScoreSort(null, id),
      ...application,
    };
  });
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length > 0) {
        const out = await t.db.send(new BatchWriteCommand({ RequestItems: { [t.config.tableName]: pending } }));
        pending = (out.UnprocessedItems?.[t.config.tableName] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

describe('CSV export at volume', () => {
  it('exports 5,000 files through a link to the bucket, every row present, in several parts', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    await seedRejected(t, FILES);
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));

    const res = await manager('/api/programs/amorcage-ess/export.csv');
    expect(res.status).toBe(303);
    expect((await res.text()).length).toBeLessThan(1000);
    const file = await fetch(res.headers.get('location') ?? '');
    expect(file.status).toBe(200);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // More than one 5 MiB part: the multipart path ran.
    expect(bytes.length).toBeGreaterThan(6 * 1024 * 1024);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(FILES + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(';')[0])).size).toBe(FILES);
    expect(lines.at(-1)).toMatch(/^ESS-2026-00(\d{4});Refusée;/);
  }, 180_000);
});
