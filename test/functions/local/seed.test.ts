import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext } from '../../support/deps';

describe('demo seed', () => {
  it('creates two programmes and two staff accounts once, and nothing on a restart', async () => {
    const t = await createTestContext();
    expect(await seedDemoData(t.deps.store, new Date())).toEqual({ programsCreated: 2 });
    expect(await seedDemoData(t.deps.store, new Date(Date.now() + 86_400_000))).toEqual({ programsCreated: 0 });

    const open = await t.deps.store.programs.listOpen(new Date());
    expect(open.map((p) => p.id).sort()).toEqual(['amorcage-ess', 'innovation-sociale']);
    expect(await t.deps.store.users.findByEmail(DEMO_MANAGER_EMAIL.toUpperCase())).toMatchObject({ role: 'manager' });
    expect(await t.deps.store.users.findByEmail(DEMO_REVIEWER_EMAIL)).toMatchObject({ role: 'reviewer' });

    const staff = await t.db.send(
      new QueryCommand({
        TableName: t.config.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ROLE#manager' },
      }),
    );
    expect(staff.Items).toHaveLength(1);
  });
});
