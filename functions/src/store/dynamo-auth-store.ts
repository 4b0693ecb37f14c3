/**
 * One-time codes, sessions and rate-limit windows. All three expire through the
 * table's TTL (`expiresAt`, epoch seconds). DynamoDB may keep an expired item for
 * a while before deleting it, so the auth service checks expiry against its clock.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from './dynamo-helpers';
import { keys } from './keys';
import type { AuthStore, Session, StoredCode } from './store-ports';

export function createDynamoAuthStore(db: DynamoDBDocumentClient, table: string): AuthStore {
  return {
    async getCode(emailKey) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.code(emailKey), ConsistentRead: true }));
      if (!Item) return null;
      return {
        codeHash: Item.codeHash,
        issuedAt: Item.issuedAt,
        expiresAt: Item.expiresAt,
        attempts: Item.attempts,
        ...(Item.locale ? { locale: Item.locale } : {}),
      } as StoredCode;
    },

    async putCode(emailKey, code) {
      await db.send(new PutCommand({ TableName: table, Item: { ...keys.code(emailKey), entity: 'code', ...code } }));
    },

    async spendAttempt(emailKey, maxAttempts, nowSeconds) {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.code(emailKey),
            // The try is spent before the guess is weighed, and only while one remains:
            // 24 guesses at once get at most maxAttempts codes back, the rest a refusal.
            ConditionExpression: 'attribute_exists(pk) AND attempts < :max AND expiresAt > :now',
            UpdateExpression: 'ADD attempts :one',
            ExpressionAttributeValues: { ':max': maxAttempts, ':now': nowSeconds, ':one': 1 },
            ReturnValues: 'ALL_NEW',
          }),
        );
        if (!Attributes) return null;
        return {
          codeHash: Attributes.codeHash,
          issuedAt: Attributes.issuedAt,
          expiresAt: Attributes.expiresAt,
          attempts: Attributes.attempts,
          ...(Attributes.locale ? { locale: Attributes.locale } : {}),
        } as StoredCode;
      } catch (error) {
        if (isConditionFailure(error)) return null;
        throw error;
      }
    },

    async consumeCode(emailKey, codeHash) {
      try {
        await db.send(
          new DeleteCommand({
            TableName: table,
            Key: keys.code(emailKey),
            ConditionExpression: 'codeHash = :hash',
            ExpressionAttributeValues: { ':hash': codeHash },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async deleteCode(emailKey) {
      await db.send(new DeleteCommand({ TableName: table, Key: keys.code(emailKey) }));
    },

    async createSession(idHash, session) {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...keys.session(idHash),
            entity: 'session',
            gsi1pk: keys.userSessions(session.userId),
            gsi1sk: `SESSION#${session.createdAt}`,
            ...session,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async getSession(idHash) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.session(idHash), ConsistentRead: true }));
      if (!Item) return null;
      return { userId: Item.userId, createdAt: Item.createdAt, lastSeenAt: Item.lastSeenAt, expiresAt: Item.expiresAt } as Session;
    },

    async touchSession(idHash, lastSeenAt, expiresAt) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.session(idHash),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression: 'SET lastSeenAt = :seen, expiresAt = :exp',
            ExpressionAttributeValues: { ':seen': lastSeenAt, ':exp': expiresAt },
          }),
        );
      } catch (error) {
        // Logged out meanwhile: nothing to refresh.
        if (!isConditionFailure(error)) throw error;
      }
    },

    async deleteSession(idHash) {
      await db.send(new DeleteCommand({ TableName: table, Key: keys.session(idHash) }));
    },

    async deleteUserSessions(userId) {
      let deleted = 0;
      let cursor: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
            ExpressionAttributeValues: { ':pk': keys.userSessions(userId), ':prefix': 'SESSION#' },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: cursor,
          }),
        );
        for (const item of page.Items ?? []) {
          await db.send(new DeleteCommand({ TableName: table, Key: { pk: item.pk, sk: item.sk } }));
          deleted += 1;
        }
        cursor = page.LastEvaluatedKey;
      } while (cursor);
      return deleted;
    },

    async hit(bucket, windowStart, windowSeconds) {
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.rate(bucket, windowStart),
          UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp), entity = :entity',
          ExpressionAttributeValues: { ':one': 1, ':exp': windowStart + windowSeconds + 60, ':entity': 'rate' },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.hits);
    },
  };
}
