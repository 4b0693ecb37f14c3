/**
 * The document wallet on DynamoDB: one item per kept document in the account's own
 * partition (`USER#<userId>` / `WALLET#<walletId>`), so the wallet is one Query and the
 * account's closure finds it there. A dated item not yet reminded also carries sparse
 * gsi1 keys by expiry month (`WALLETEXP#<YYYY-MM>`), which the daily reminder reads; the
 * reminder's conditional mark removes them, so an item is reminded once.
 */
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { pad } from '../domain/calendar';
import type { WalletItem } from '../domain/wallet';
import { fromItem, isConditionFailure } from './dynamo-helpers';
import { keys } from './keys';
import type { WalletStore } from './store-ports';

/** The months (`YYYY-MM`) that `from`..`to` (`YYYY-MM-DD` each) span, for the expiry index. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let ym = from.slice(0, 7); ym <= to.slice(0, 7); ym = `${year}-${pad(month)}`) {
    months.push(ym);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const toItem = ({ ownerId: _ownerId, ...item }: WalletItem & { ownerId?: string }) => item as WalletItem;

export function createDynamoWalletStore(db: DynamoDBDocumentClient, table: string): WalletStore {
  async function queryAll(userId: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.walletItem(userId, '').pk, ':prefix': keys.walletPrefix() },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  return {
    async list(userId) {
      const items = (await queryAll(userId)).map((item) => toItem(fromItem<WalletItem>(item)));
      return items.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
    },

    async get(userId, walletId) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.walletItem(userId, walletId), ConsistentRead: true }));
      return Item ? toItem(fromItem<WalletItem>(Item)) : null;
    },

    async put(userId, item) {
      const expiry =
        item.validUntil !== null && item.remindedAt === null
          ? { gsi1pk: keys.walletExpiryMonth(item.validUntil), gsi1sk: keys.walletExpirySort(item.validUntil, userId, item.id) }
          : {};
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.walletItem(userId, item.id), ...expiry, entity: 'wallet', ownerId: userId, ...item },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async delete(userId, walletId) {
      await db.send(new DeleteCommand({ TableName: table, Key: keys.walletItem(userId, walletId) }));
    },

    async listExpiring(from, to) {
      const found: { userId: string; item: WalletItem }[] = [];
      for (const month of monthsBetween(from, to)) {
        let start: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: table,
              IndexName: 'gsi1',
              KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
              // `~` sorts after every id character: items expiring on `to` itself are included.
              ExpressionAttributeValues: { ':pk': keys.walletExpiryMonth(month), ':from': from, ':to': `${to}~` },
              ExclusiveStartKey: start,
            }),
          );
          for (const raw of page.Items ?? []) {
            const item = fromItem<WalletItem & { ownerId: string }>(raw);
            found.push({ userId: item.ownerId, item: toItem(item) });
          }
          start = page.LastEvaluatedKey;
        } while (start);
      }
      return found;
    },

    async markReminded(userId, walletId, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.walletItem(userId, walletId),
            ConditionExpression: 'attribute_exists(pk) AND remindedAt = :none',
            UpdateExpression: 'SET remindedAt = :at REMOVE gsi1pk, gsi1sk',
            ExpressionAttributeValues: { ':none': null, ':at': at },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async deleteAll(userId) {
      const items = await queryAll(userId);
      for (let i = 0; i < items.length; i += 25) {
        let requests = items.slice(i, i + 25).map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } }));
        for (let tries = 0; requests.length > 0; tries++) {
          if (tries === 5) throw new Error(`wallet: ${requests.length} item(s) left undeleted after ${tries} tries`);
          const result = await db.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
          requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
        }
      }
      return items.length;
    },
  };
}
