/** The user store on DynamoDB: accounts by id, by email (one link item) and by role (GSI1). */
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '../domain/audit';
import type { Locale, User } from '../domain/user';
import { appendAudit, fromItem, isConditionFailure, listAudit, queryAll } from './dynamo-helpers';
import { keys } from './keys';
import type { UserStore } from './store-ports';

/** Accounts, their email index and their audit trail; the ROLE# index follows the role. */
export class DynamoUserStore implements UserStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<User | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.user(id) }));
    return Item ? fromItem<User>(Item) : null;
  }

  async update(id: string, changes: Partial<Pick<User, 'role' | 'status' | 'displayName'>>, audit?: AuditEvent): Promise<User> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    if (changes.role) {
      sets.push('gsi1pk = :rolePk');
      values[':rolePk'] = keys.usersByRole(changes.role);
    }
    if (sets.length > 0) {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: keys.user(id),
                ConditionExpression: 'attribute_exists(pk)',
                UpdateExpression: `SET ${sets.join(', ')}`,
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
            ...(audit ? [appendAudit(this.table, audit)] : []),
          ],
        }),
      );
    }
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.user(id), ConsistentRead: true }));
    if (!Item) throw new Error(`no user ${id}`);
    return fromItem<User>(Item);
  }

  /** A preference, not a right: no audit event; a closed or unknown account is left alone. */
  async updateLocale(id: string, locale: Locale): Promise<User | null> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.user(id),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET #locale = :locale',
          ExpressionAttributeNames: { '#locale': 'locale' },
          ExpressionAttributeValues: { ':locale': locale },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? fromItem<User>(Attributes) : null;
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  async listEvents(userId: string): Promise<AuditEvent[]> {
    return listAudit(this.db, this.table, 'user', userId);
  }

  async listByRole(role: User['role']): Promise<User[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.usersByRole(role) },
    });
    return items.map((i) => fromItem<User>(i));
  }

  async findByEmail(email: string): Promise<User | null> {
    const { Item: link } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.email(email) }));
    if (!link || typeof link.userId !== 'string') return null;
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.user(link.userId) }));
    return Item ? fromItem<User>(Item) : null;
  }

  async createIfAbsent(user: User, audit?: AuditEvent): Promise<User> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...keys.email(user.email), entity: 'email', userId: user.id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...keys.user(user.id),
                  gsi1pk: keys.usersByRole(user.role),
                  gsi1sk: user.email,
                  entity: 'user',
                  ...user,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...(audit ? [appendAudit(this.table, audit)] : []),
          ],
        }),
      );
      return user;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.findByEmail(user.email);
      if (!existing) throw error;
      return existing;
    }
  }
}
