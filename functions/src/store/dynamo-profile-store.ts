/**
 * The organisation profile on DynamoDB: one item in the account's own partition
 * (`USER#<userId>` / `PROFILE#ORG`), replaced at each submission, read with one GetItem,
 * deleted with the account.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fromItem } from './dynamo-helpers';
import { keys } from './keys';
import type { OrganisationProfile, OrganisationProfileStore } from './store-ports';

export function createDynamoProfileStore(db: DynamoDBDocumentClient, table: string): OrganisationProfileStore {
  return {
    async get(userId) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.organisationProfile(userId), ConsistentRead: true }));
      if (!Item) return null;
      const { ownerId: _ownerId, ...profile } = fromItem<OrganisationProfile & { ownerId?: string }>(Item);
      return profile;
    },

    async put(userId, profile) {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.organisationProfile(userId), entity: 'organisationProfile', ownerId: userId, ...profile },
        }),
      );
    },

    async delete(userId) {
      await db.send(new DeleteCommand({ TableName: table, Key: keys.organisationProfile(userId) }));
    },
  };
}
