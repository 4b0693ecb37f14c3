/**
 * The mail queue on DynamoDB. A pending mail carries gsi1 keys (`MAILQ#pending`,
 * `<nextAttemptAt>#<id>`), so the scheduler finds what is due with one Query on a
 * sparse index; settling a mail removes those keys and sets a TTL, so sent mails
 * (addresses included) leave the table on their own.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { epochSeconds, fromItem, isConditionFailure } from './dynamo-helpers';
import { newId } from './ids';
import { keys } from './keys';
import type { Mail, MailQueue, QueuedMail } from './store-ports';

/** How long a settled mail stays readable (for support questions) before TTL deletes it. */
const KEEP_SETTLED_DAYS = 30;
const DAY_MS = 86_400_000;

const dueSort = (nextAttemptAt: string, id: string) => `${nextAttemptAt}#${id}`;

export function createDynamoMailQueue(db: DynamoDBDocumentClient, table: string): MailQueue {
  return {
    async enqueue(mail: Mail, at: string): Promise<QueuedMail> {
      const queued: QueuedMail = {
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        id: newId('mail', new Date(at)),
        status: 'pending',
        attempts: 0,
        createdAt: at,
        nextAttemptAt: at,
        sentAt: null,
      };
      await db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...keys.queuedMail(queued.id),
            gsi1pk: keys.pendingMails(),
            gsi1sk: dueSort(queued.nextAttemptAt, queued.id),
            entity: 'mail',
            ...queued,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return queued;
    },

    async due(now: string, limit: number): Promise<QueuedMail[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
          // `~` sorts after every id character: everything due at `now` itself is included.
          ExpressionAttributeValues: { ':pk': keys.pendingMails(), ':now': `${now}~` },
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => fromItem<QueuedMail>(item));
    },

    async claim(id: string, attempts: number, retryAt: string): Promise<boolean> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.queuedMail(id),
            // Only the run that saw `attempts` wins; the due time moves first, so a run that dies mid-send backs off too.
            ConditionExpression: '#status = :pending AND attempts = :seen',
            UpdateExpression: 'SET attempts = :next, nextAttemptAt = :retryAt, gsi1sk = :sort',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':pending': 'pending',
              ':seen': attempts,
              ':next': attempts + 1,
              ':retryAt': retryAt,
              ':sort': dueSort(retryAt, id),
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async settle(id: string, status: 'sent' | 'abandoned', at: string): Promise<void> {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.queuedMail(id),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET #status = :status, sentAt = :sentAt, expiresAt = :expires REMOVE gsi1pk, gsi1sk',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': status,
            ':sentAt': status === 'sent' ? at : null,
            ':expires': epochSeconds(new Date(new Date(at).getTime() + KEEP_SETTLED_DAYS * DAY_MS)),
          },
        }),
      );
    },

    async get(id: string): Promise<QueuedMail | null> {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.queuedMail(id), ConsistentRead: true }));
      return Item ? fromItem<QueuedMail>(Item) : null;
    },
  };
}
