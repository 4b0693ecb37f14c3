/**
 * W: what one autosave of a draft costs in writes, from DynamoDB Local's own accounting
 * (ReturnConsumedCapacity INDEXES, added by a middleware that changes nothing else):
 * write units on the table and on each index, as a ratio to the table's own.
 */
import { createApp } from '../../functions/src/app';
import { createDynamoClient } from '../../functions/src/store/clients';
import { createDynamoStore } from '../../functions/src/store/dynamo-store';
import type { RowResult } from '../support/row';
import { type Emulators, as, createWorld, signIn } from '../support/stack';
import { round } from '../support/stats';

export async function wWriteAmplification(emulators: Emulators): Promise<RowResult> {
  const world = await createWorld(emulators);
  const units: { table: number; indexes: Record<string, number> }[] = [];
  const db = createDynamoClient(world.config);
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input: Record<string, unknown> }).input;
      const metered = context.commandName === 'UpdateItemCommand';
      if (metered) input.ReturnConsumedCapacity = 'INDEXES';
      const out = await next(args);
      const consumed = (
        out as {
          output: {
            ConsumedCapacity?: { Table?: { CapacityUnits?: number }; GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }> };
          };
        }
      ).output.ConsumedCapacity;
      if (metered && consumed) {
        units.push({
          table: consumed.Table?.CapacityUnits ?? 0,
          indexes: Object.fromEntries(Object.entries(consumed.GlobalSecondaryIndexes ?? {}).map(([k, v]) => [k, v.CapacityUnits ?? 0])),
        });
      }
      return out;
    },
    { step: 'initialize', name: 'meterWrites' },
  );
  const app = createApp({ ...world.deps, store: createDynamoStore(db, world.config.tableName) });
  const req = as({ ...world, app }, await signIn(world, 'lea@example.org', '203.0.113.30'));
  const created = await req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
  let { application } = (await created.json()) as { application: { id: string; version: number } };
  units.length = 0;
  for (let i = 0; i < 5; i++) {
    const res = await req(`/api/applications/${application.id}`, {
      method: 'PATCH',
      body: { version: application.version, project: { title: `Version ${i}` } },
    });
    application = ((await res.json()) as { application: typeof application }).application;
  }
  const last = units.at(-1) ?? { table: 0, indexes: {} };
  const total = last.table + Object.values(last.indexes).reduce((a, b) => a + b, 0);
  const ratio = round(total / Math.max(1, last.table));
  return {
    id: 'W',
    what: "write units of one draft autosave, table + indexes, vs the table's own",
    goal: "≤ 2× (the table and the owner's list only)",
    figure: `${ratio}× (${total} units: table ${last.table}, ${
      Object.entries(last.indexes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'no index'
    })`,
    met: ratio <= 2 && !('gsi2' in last.indexes) && !('gsi3' in last.indexes),
    details: { autosaves: units },
  };
}
