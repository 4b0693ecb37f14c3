/**
 * DynamoDB adapter for the store ports: one table, one client, one adapter per
 * port. Every read is a GetItem or a Query on the keys from ./keys.ts; nothing here scans.
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoApplicationStore } from './dynamo-application-store';
import { createDynamoAuthStore } from './dynamo-auth-store';
import { createDynamoMailQueue } from './dynamo-mail-queue';
import { createDynamoPersonalDataStore } from './dynamo-personal-data-store';
import { createDynamoProfileStore } from './dynamo-profile-store';
import { DynamoProgramStore } from './dynamo-program-store';
import { createDynamoReviewStore } from './dynamo-review-store';
import { DynamoUserStore } from './dynamo-user-store';
import { createDynamoWalletStore } from './dynamo-wallet-store';
import { keys } from './keys';
import type { Store } from './store-ports';

export function createDynamoStore(db: DynamoDBDocumentClient, tableName: string): Store {
  return {
    programs: new DynamoProgramStore(db, tableName),
    applications: createDynamoApplicationStore(db, tableName),
    reviews: createDynamoReviewStore(db, tableName),
    users: new DynamoUserStore(db, tableName),
    auth: createDynamoAuthStore(db, tableName),
    mails: createDynamoMailQueue(db, tableName),
    personalData: createDynamoPersonalDataStore(db, tableName),
    wallet: createDynamoWalletStore(db, tableName),
    profiles: createDynamoProfileStore(db, tableName),
    async ping() {
      await db.send(new GetCommand({ TableName: tableName, Key: keys.health() }));
    },
  };
}
