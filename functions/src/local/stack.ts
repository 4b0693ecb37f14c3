/**
 * The emulator pair (DynamoDB Local + s3rver) with the table provisioned. Used by
 * `npm start` with data under .data/, and by the test globalSetup in memory.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoLocal } from './dynamodb-local';
import { ensureTable } from './provision';
import { startS3Local } from './s3-local';

export const LOCAL_REGION = 'eu-west-3';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export type EmulatorPair = {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  dynamoPid: number;
  stop: () => Promise<void>;
};

/** Starts both emulators; on a failure halfway, stops what did start before rethrowing. */
export async function startEmulators(options: {
  dynamoPort: number;
  dynamoDataDir: string | null;
  s3Directory: string;
  bucket: string;
  tableName: string | null;
  siteOrigins: string[];
}): Promise<EmulatorPair> {
  const dynamo = await startDynamoLocal({ port: options.dynamoPort, dataDir: options.dynamoDataDir });
  let s3: Awaited<ReturnType<typeof startS3Local>> | undefined;
  try {
    s3 = await startS3Local({ port: 0, directory: options.s3Directory, bucket: options.bucket, siteOrigins: options.siteOrigins });
    if (options.tableName) {
      const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
      try {
        await ensureTable(client, options.tableName);
      } finally {
        client.destroy();
      }
    }
  } catch (error) {
    await s3?.stop();
    await dynamo.stop();
    throw error;
  }
  const started = s3;
  return {
    dynamodbEndpoint: dynamo.endpoint,
    s3Endpoint: started.endpoint,
    dynamoPid: dynamo.pid,
    stop: async () => {
      await started.stop();
      await dynamo.stop();
    },
  };
}
