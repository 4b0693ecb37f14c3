/** Creates the table (keys, GSIs, TTL) when it is missing, matching the CDK stack's table. */
import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { GSI_NAMES, GSI_PROJECTION, PARTITION_KEY, SORT_KEY, TTL_ATTRIBUTE, gsiKeys, type GsiName } from '../store/table-schema';

const indexDefinition = (name: GsiName) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: gsiKeys(name).partitionKey, KeyType: 'HASH' as const },
    { AttributeName: gsiKeys(name).sortKey, KeyType: 'RANGE' as const },
  ],
  Projection: { ProjectionType: GSI_PROJECTION[name] },
});

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'existing'> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    // A table from an earlier version (.data/ kept between runs) gets the indexes added since.
    const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    for (const name of GSI_NAMES.filter((n) => !present.has(n))) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: Object.values(gsiKeys(name)).map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
          GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(name) }],
        }),
      );
    }
    return 'existing';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const attributes = [PARTITION_KEY, SORT_KEY, ...GSI_NAMES.flatMap((g) => Object.values(gsiKeys(g)))];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
        { AttributeName: SORT_KEY, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GSI_NAMES.map(indexDefinition),
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    }),
  );
  return 'created';
}
