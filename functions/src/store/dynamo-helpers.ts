/** Small helpers every DynamoDB adapter shares. */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TimelineEvent } from '../domain/application';
import type { AuditEvent } from '../domain/audit';
import { TransactionConflictError, ValidationError } from '../domain/errors';
import { boundAuditValues } from './audit-bounds';
import { keys } from './keys';

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'entity', 'expiresAt'];

/**
 * Strips the table's key attributes so callers get the domain object back. String
 * sets come back from DynamoDB as JS Sets, which JSON cannot carry: they become sorted arrays.
 */
export function fromItem<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (KEY_ATTRIBUTES.includes(k)) continue;
    copy[k] = v instanceof Set ? [...v].sort() : v;
  }
  return copy as T;
}

/**
 * Why DynamoDB cancelled a transaction, one code per item in order (e.g.
 * `ConditionalCheckFailed`, `None`), or null when it was not a cancellation. Looks
 * through the TransactionConflictError the client raises once its retries are
 * spent, so a condition that failed in the same cancellation is still seen.
 */
export function cancellationCodes(error: unknown): (string | undefined)[] | null {
  const raw = error instanceof TransactionConflictError ? error.cause : error;
  return raw instanceof TransactionCanceledException ? (raw.CancellationReasons ?? []).map((r) => r.Code) : null;
}

/** True when a write lost to its condition, alone or inside a transaction. */
export function isConditionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ConditionalCheckFailedException') return true;
  return (cancellationCodes(error) ?? []).includes('ConditionalCheckFailed');
}

/** True when a transaction was cancelled by a concurrent transaction on the same items. */
export function isTransactionConflict(error: unknown): boolean {
  return error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
}

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Pagination cursors are DynamoDB's LastEvaluatedKey, base64url-encoded. Decoding
 * checks the shape and that the cursor belongs to this listing, so a forged cursor
 * is a 400 rather than a 500 or a peek into another partition.
 */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(
  cursor: string | null,
  attributes: readonly string[],
  partition: { name: string; value: string },
): Record<string, string> | undefined {
  if (cursor === null) return undefined;
  const invalid = () =>
    new ValidationError([{ path: 'query.cursor', message: { fr: 'Curseur de pagination invalide.', en: 'Invalid pagination cursor.' } }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record);
  if (
    keys.length !== attributes.length ||
    !attributes.every((a) => typeof record[a] === 'string' && (record[a] as string).length <= 1024)
  ) {
    throw invalid();
  }
  if (record[partition.name] !== partition.value) throw invalid();
  return record as Record<string, string>;
}

/** The transaction item that appends a timeline event: append-only, never overwritten. */
export function appendEvent(table: string, event: TimelineEvent) {
  return {
    Put: {
      TableName: table,
      Item: { ...keys.event(event.applicationId, event.at, event.id), entity: 'event', ...event },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The Put that appends an audit event to its subject's partition; never overwrites one. */
export function appendAudit(table: string, event: AuditEvent) {
  return {
    Put: {
      TableName: table,
      // Bulky values are stored as their digest, so the item stays under DynamoDB's 400 KB (audit-bounds.ts).
      Item: { ...keys.auditEvent(event.subject, event.subjectId, event.at, event.id), entity: 'audit', ...boundAuditValues(event) },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Every item a Query returns, following LastEvaluatedKey (for bounded partitions only). */
export async function queryAll(db: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'ExclusiveStartKey'>) {
  const items: Record<string, unknown>[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: cursor }));
    items.push(...(page.Items ?? []));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items;
}

/** A subject's audit trail, oldest first: one Query on its partition. */
export async function listAudit(
  db: DynamoDBDocumentClient,
  table: string,
  subject: 'program' | 'user',
  subjectId: string,
): Promise<AuditEvent[]> {
  const items = await queryAll(db, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.auditEvent(subject, subjectId, '', '').pk, ':prefix': 'EVENT#' },
    ConsistentRead: true,
  });
  return items.map((i) => fromItem<AuditEvent>(i));
}
