/**
 * Erasure and retention on DynamoDB (see PersonalDataStore). Every read is a Query on a
 * key: a programme's queue index for what is past its period, the `ERASING` index entry
 * for erasures to finish, the application's partition for what to delete.
 */
import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Application } from '../domain/application';
import { NotFoundError } from '../domain/errors';
import type { User } from '../domain/user';
import { appendAudit, decodeCursor, encodeCursor, fromItem, isConditionFailure, queryAll } from './dynamo-helpers';
import { keys } from './keys';
import type { PersonalDataStore, Session } from './store-ports';

/** BatchWriteItem takes 25 requests at most. */
const BATCH = 25;
const ACCOUNT_NOT_FOUND = { fr: "Ce compte n'existe pas.", en: 'This account does not exist.' };

export function createDynamoPersonalDataStore(db: DynamoDBDocumentClient, table: string): PersonalDataStore {
  /** Deletes keys in batches, retrying what DynamoDB left unprocessed. */
  async function deleteKeys(itemKeys: { pk: string; sk: string }[]): Promise<void> {
    for (let i = 0; i < itemKeys.length; i += BATCH) {
      let requests = itemKeys.slice(i, i + BATCH).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt === 8) throw new Error('erasure: DynamoDB left deletes unprocessed after 8 tries');
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result: BatchWriteCommandOutput = await db.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
        requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }
  }

  return {
    async listIdle(programId, status, before, limit, cursor) {
      const partition = keys.applicationsByProgramStatus(programId, status);
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          // The sort key starts with the submission (or creation) date, which never follows the last change.
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
          FilterExpression: 'updatedAt < :before AND attribute_not_exists(erasingAt)',
          ExpressionAttributeValues: { ':pk': partition, ':before': before },
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'sk', 'gsi2pk', 'gsi2sk'], { name: 'gsi2pk', value: partition }),
        }),
      );
      return { items: (page.Items ?? []).map((i) => fromItem<Application>(i)), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async listUnsent(programId, createdBefore, limit, cursor) {
      const partition = keys.unsentApplications(programId);
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi4',
          KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk < :before',
          ExpressionAttributeValues: { ':pk': partition, ':before': createdBefore },
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'sk', 'gsi4pk', 'gsi4sk'], { name: 'gsi4pk', value: partition }),
        }),
      );
      return {
        items: (page.Items ?? []).filter((i) => i.sk === 'APP').map((i) => String(i.pk).slice('APP#'.length)),
        cursor: encodeCursor(page.LastEvaluatedKey),
      };
    },

    async listErasing(limit) {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.erasingApplications() },
          Limit: limit,
        }),
      );
      return (page.Items ?? []).map((i) => fromItem<Application>(i));
    },

    async markWarned(id, updatedAt, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.application(id),
            ConditionExpression: 'updatedAt = :updated AND #status = :draft AND attribute_not_exists(erasingAt)',
            UpdateExpression: 'SET retentionWarnedAt = :at',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':updated': updatedAt, ':draft': 'draft', ':at': at },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async markDeadlineReminded(id, days, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.application(id),
            ConditionExpression: '#status = :draft AND attribute_not_exists(erasingAt) AND attribute_not_exists(#mark)',
            UpdateExpression: 'SET #mark = :at',
            ExpressionAttributeNames: { '#status': 'status', '#mark': `deadlineReminded${days}At` },
            ExpressionAttributeValues: { ':draft': 'draft', ':at': at },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async beginErasure(id, version, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.application(id),
            ConditionExpression: 'version = :v AND attribute_not_exists(erasingAt)',
            // Out of the owner's list and both queues at once; only the ERASING entry finds it again.
            UpdateExpression:
              'SET erasingAt = :at, gsi2pk = :erasing, gsi2sk = :sort REMOVE gsi1pk, gsi1sk, gsi3pk, gsi3sk, gsi4pk, gsi4sk ADD version :one',
            ExpressionAttributeValues: {
              ':v': version,
              ':at': at,
              ':erasing': keys.erasingApplications(),
              ':sort': `${at}#${id}`,
              ':one': 1,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async eraseApplication(id, audit) {
      const items = await queryAll(db, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.applicationPartition(id) },
        ProjectionExpression: 'pk, sk',
        ConsistentRead: true,
      });
      const itemKeys = items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) }));
      // The application item goes last: until then, the ERASING index entry finds the rest again.
      await deleteKeys(itemKeys.filter((k) => k.sk !== 'APP'));
      if (itemKeys.some((k) => k.sk === 'APP')) {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [{ Delete: { TableName: table, Key: keys.application(id) } }, appendAudit(table, audit)],
          }),
        );
      }
      return itemKeys.length;
    },

    async pseudonymiseApplication(id, ownerId, sections, authorName, at) {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.application(id),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET organisation = :organisation, declaration = :declaration, pseudonymisedAt = :at ADD version :one',
          ExpressionAttributeValues: { ':organisation': sections.organisation, ':declaration': sections.declaration, ':at': at, ':one': 1 },
        }),
      );
      const messages = await queryAll(db, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
        FilterExpression: 'authorId = :owner',
        ExpressionAttributeValues: { ':pk': keys.applicationPartition(id), ':msg': 'MSG#', ':owner': ownerId },
        ProjectionExpression: 'pk, sk',
      });
      for (const message of messages) {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: message.pk, sk: message.sk },
            UpdateExpression: 'SET authorName = :name',
            ExpressionAttributeValues: { ':name': authorName },
          }),
        );
      }
    },

    async eraseAccount(userId, pseudonymousEmail, audit) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.user(userId), ConsistentRead: true }));
      if (!Item) throw new NotFoundError(ACCOUNT_NOT_FOUND);
      const user = fromItem<User>(Item);
      if (user.status === 'erased') return;
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: table,
                  Key: keys.user(userId),
                  ConditionExpression: 'email = :email AND #status <> :erased',
                  UpdateExpression: 'SET email = :pseudonym, displayName = :empty, #status = :erased, erasedAt = :at REMOVE gsi1pk, gsi1sk',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: {
                    ':email': user.email,
                    ':pseudonym': pseudonymousEmail,
                    ':empty': '',
                    ':erased': 'erased',
                    ':at': audit.at,
                  },
                },
              },
              // The address is free again: signing in with it later starts a new, empty account.
              {
                Delete: {
                  TableName: table,
                  Key: keys.email(user.email),
                  ConditionExpression: 'attribute_not_exists(pk) OR userId = :id',
                  ExpressionAttributeValues: { ':id': userId },
                },
              },
              appendAudit(table, audit),
            ],
          }),
        );
      } catch (error) {
        // A concurrent request closed it first: the account is erased either way.
        const again = await db.send(new GetCommand({ TableName: table, Key: keys.user(userId), ConsistentRead: true }));
        if (again.Item?.status === 'erased') return;
        throw error;
      }
    },

    async listSessions(userId) {
      const items = await queryAll(db, {
        TableName: table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.userSessions(userId), ':prefix': 'SESSION#' },
      });
      return items.map(
        (i): Session => ({
          userId: String(i.userId),
          createdAt: Number(i.createdAt),
          lastSeenAt: Number(i.lastSeenAt),
          expiresAt: Number(i.expiresAt),
        }),
      );
    },
  };
}
