/**
 * SDK clients, built once per process from the config. In AWS the endpoints are
 * unset and the SDK uses its default chain; locally they point at the emulators
 * with explicit dummy credentials, so nothing ever probes the metadata address.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';
import type { CaptureClient } from '../observability/tracing';
import { translateDynamoFailuresOn, translateS3FailuresOn } from './service-failures';
import { retryTransactionConflictsOn } from './transaction-retry';

type ClientConfig = Pick<AppConfig, 'region' | 'dynamodbEndpoint' | 's3Endpoint'>;

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** s3rver knows one key pair, and it signs with it like S3 would. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** `capture`: X-Ray's wrapper, given only in AWS mode with tracing on (observability/tracing.ts). */
export function createDynamoClient(config: ClientConfig, capture?: CaptureClient): DynamoDBDocumentClient {
  const created = new DynamoDBClient(
    config.dynamodbEndpoint
      ? { region: config.region, endpoint: config.dynamodbEndpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 }
      : { region: config.region },
  );
  const client = capture ? capture(created) : created;
  retryTransactionConflictsOn(client);
  translateDynamoFailuresOn(client);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export function createS3Client(config: ClientConfig, capture?: CaptureClient): S3Client {
  const created = new S3Client(
    config.s3Endpoint
      ? {
          region: config.region,
          endpoint: config.s3Endpoint,
          credentials: S3RVER_CREDENTIALS,
          forcePathStyle: true,
        }
      : { region: config.region },
  );
  const client = capture ? capture(created) : created;
  translateS3FailuresOn(client);
  return client;
}
