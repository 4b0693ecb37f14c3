/** Builds the storage adapters from the config: one DynamoDB and one S3 client per process. */
import type { AppConfig } from './config';
import type { CaptureClient } from './observability/tracing';
import { createDynamoClient, createS3Client } from './store/clients';
import { createDynamoStore } from './store/dynamo-store';
import type { DocumentStorage, Store } from './store/store-ports';
import { createS3Documents } from './store/s3-documents';

/** `capture` traces the clients with X-Ray; only the Lambda host passes it, and only when tracing is on. */
export function createStorage(config: AppConfig, capture?: CaptureClient): { store: Store; documents: DocumentStorage } {
  return {
    store: createDynamoStore(createDynamoClient(config, capture), config.tableName),
    documents: createS3Documents(createS3Client(config, capture), config.documentsBucket),
  };
}
