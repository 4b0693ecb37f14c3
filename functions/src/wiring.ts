/** Builds the storage adapters from the config: one DynamoDB and one S3 client per process. */
import type { AppConfig } from './config';
import { createDynamoClient, createS3Client } from './store/clients';
import { createDynamoStore } from './store/dynamo-store';
import type { DocumentStorage, Store } from './store/store-ports';
import { createS3Documents } from './store/s3-documents';

export function createStorage(config: AppConfig): { store: Store; documents: DocumentStorage } {
  return {
    store: createDynamoStore(createDynamoClient(config), config.tableName),
    documents: createS3Documents(createS3Client(config), config.documentsBucket),
  };
}
