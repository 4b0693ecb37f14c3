/**
 * SDK clients, built once per process from the config. In AWS the endpoints are
 * unset and the SDK uses its default chain; locally they point at the emulators
 * with explicit dummy credentials, so nothing ever probes the metadata address.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';
import { translateDynamoFailuresOn, translateS3FailuresOn } from './service-failures';
import { retryTransactionConflictsOn } from './transaction-retry';

type ClientConfig = Pick<AppConfig, 'region' | 'dynamodbEndpoint' | 's3Endpoint'>;

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** s3rver knows one key pair, and it signs with it like S3 would. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createDynamoClient(config: ClientConfig): DynamoDBDocumentClient {
  const client = new DynamoDBClient(
    config.dynamodbEndpoint
      ? { region: config.region, endpoint: config.dynamodbEndpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 }
      : { region: config.region },
  );
  retryTransactionConflictsOn(client);
  translateDynamoFailuresOn(client);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export function createS3Client(config: ClientConfig): S3Client {
  const client = new S3Client(
    config.s3Endpoint
      ? {
          region: config.region,
          endpoint: config.s3Endpoint,
          credentials: S3RVER_CREDENTIALS,
          forcePathStyle: true,
        }
      : { region: config.region },
  );
  translateS3FailuresOn(client);
  return client;
}
