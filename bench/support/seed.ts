/** Many submitted applications written straight to the table, with the keys the store gives them. */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../functions/src/domain/application';
import type { ApplicationStatus } from '../../functions/src/domain/lifecycle';
import { keys } from '../../functions/src/store/keys';
import { VALID_SECTIONS } from '../../test/support/sections';
import { NOW, type World } from './stack';

export async function seedSubmitted(
  world: World,
  programId: string,
  count: number,
  status: ApplicationStatus = 'submitted',
): Promise<void> {
  const table = world.config.tableName;
  const batches: Record<string, unknown>[][] = [];
  let batch: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const id = `app_${programId}_${String(i).padStart(6, '0')}`;
    const submittedAt = new Date(NOW.getTime() - (count - i) * 1000).toISOString();
    const application: Application = {
      ...VALID_SECTIONS,
      id,
      programId,
      ownerId: `usr_bench_${i}`,
      status,
      version: 2,
      reference: `B-2026-${String(i + 1).padStart(6, '0')}`,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
      score: (i * 37) % 100,
    };
    batch.push({
      ...keys.application(id),
      entity: 'application',
      gsi1pk: keys.applicationsByOwner(application.ownerId),
      gsi1sk: keys.applicationOwnerSort(submittedAt, id),
      gsi2pk: keys.applicationsByProgramStatus(programId, status),
      gsi2sk: keys.applicationStatusSort(submittedAt, submittedAt, id),
      gsi3pk: keys.applicationsByProgramScore(programId, status),
      gsi3sk: keys.applicationScoreSort(application.score ?? null, id),
      ...application,
    });
    if (batch.length === 25) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) batches.push(batch);
  const worker = async () => {
    for (let next = batches.shift(); next; next = batches.shift()) {
      let pending = next.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length > 0) {
        const out = await world.db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
