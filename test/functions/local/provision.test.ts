/** The embedded stack keeps `.data/` between runs: a table from an earlier version gets the indexes added since. */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { ensureTable } from '../../../functions/src/local/provision';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../functions/src/local/stack';
import { GSI_NAMES } from '../../../functions/src/store/table-schema';
import { createTestContext } from '../../support/deps';

describe('ensureTable', () => {
  it('adds the keys-only gsi4 to a table created with gsi1–gsi3 only, and leaves a complete table alone', async () => {
    const t = await createTestContext({ table: false, bucket: false });
    const client = new DynamoDBClient({ endpoint: t.config.dynamodbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const TableName = `${t.config.tableName}-old`;
    const old = ['gsi1', 'gsi2', 'gsi3'];
    await client.send(
      new CreateTableCommand({
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', ...old.flatMap((g) => [`${g}pk`, `${g}sk`])].map((AttributeName) => ({
          AttributeName,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: old.map((IndexName) => ({
          IndexName,
          KeySchema: [
            { AttributeName: `${IndexName}pk`, KeyType: 'HASH' },
            { AttributeName: `${IndexName}sk`, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
    expect(await ensureTable(client, TableName)).toBe('existing');
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    const indexes = Object.fromEntries((Table?.GlobalSecondaryIndexes ?? []).map((i) => [i.IndexName, i.Projection?.ProjectionType]));
    expect(Object.keys(indexes).sort()).toEqual([...GSI_NAMES]);
    expect(indexes.gsi4).toBe('KEYS_ONLY');
    // A second start finds nothing to add.
    expect(await ensureTable(client, TableName)).toBe('existing');
    client.destroy();
  });
});
