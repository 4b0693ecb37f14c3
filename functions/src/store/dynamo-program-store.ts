/**
 * The programme store on DynamoDB: every read is a GetItem or a Query on the keys
 * from ./keys.ts. The envelope balance (`remainingCents`) lives on the programme
 * item, kept by the decision transactions, and never leaves this adapter.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '../domain/audit';
import { ConflictError, type Bilingual } from '../domain/errors';
import { isOpen, type Program } from '../domain/program';
import { appendAudit, fromItem, isConditionFailure, listAudit, queryAll } from './dynamo-helpers';
import { keys } from './keys';
import type { ProgramStore } from './store-ports';

/**
 * The envelope balance and the application counter live on the programme item but
 * are not part of the programme's data: they exist for the conditions of writes.
 */
function toProgram(item: Record<string, unknown>): Program {
  const {
    remainingCents: _remaining,
    applicationCount: _count,
    ...program
  } = fromItem<Program & { remainingCents?: number; applicationCount?: number }>(item);
  return program;
}

/** Programmes, their envelope balance and their audit trail (partition `PROGRAM#<id>`). */
export class DynamoProgramStore implements ProgramStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Program | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.program(id) }));
    return Item ? toProgram(Item) : null;
  }

  async remainingCents(id: string): Promise<number | null> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: keys.program(id), ProjectionExpression: 'remainingCents', ConsistentRead: true }),
    );
    return Item ? Number(Item.remainingCents) : null;
  }

  async listOpen(now: Date): Promise<Program[]> {
    const programs: Program[] = [];
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk > :now',
          // A minute back: the deadline's own minute is included (isOpen below decides).
          ExpressionAttributeValues: { ':pk': keys.programsByStatus('published'), ':now': new Date(now.getTime() - 60_000).toISOString() },
          ExclusiveStartKey: cursor,
        }),
      );
      for (const item of page.Items ?? []) programs.push(toProgram(item));
      cursor = page.LastEvaluatedKey;
    } while (cursor);
    return programs.filter((p) => isOpen(p, now));
  }

  async listByStatus(status: Program['status']): Promise<Program[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.programsByStatus(status) },
    });
    return items.map(toProgram);
  }

  async replace(
    program: Program,
    expectedVersion: number,
    envelopeDeltaCents: number,
    audit?: AuditEvent,
    frozenOnceApplied?: Bilingual,
  ): Promise<Program> {
    const { version: _v, ...fields } = program;
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {
      ':expected': expectedVersion,
      ':one': 1,
      ':gsi1pk': keys.programsByStatus(program.status),
      ':gsi1sk': keys.programListSort(program.closesAt, program.id),
      ':delta': envelopeDeltaCents,
    };
    const sets = ['gsi1pk = :gsi1pk', 'gsi1sk = :gsi1sk', 'remainingCents = remainingCents + :delta'];
    for (const [field, value] of Object.entries(fields)) {
      if (field === 'id') continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    // A smaller envelope may not drop below what is already awarded.
    const envelopeGuard = envelopeDeltaCents < 0 ? ' AND remainingCents >= :needed' : '';
    if (envelopeDeltaCents < 0) values[':needed'] = -envelopeDeltaCents;
    // applicationCount rises in the transaction that creates an application (see the
    // application store): checked here, a draft started between the service's read
    // and this write still freezes the programme.
    const frozenGuard = frozenOnceApplied ? ' AND (attribute_not_exists(applicationCount) OR applicationCount = :none)' : '';
    if (frozenOnceApplied) values[':none'] = 0;
    try {
      // The change and its audit event are written together or not at all.
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: keys.program(program.id),
                ConditionExpression: `version = :expected${envelopeGuard}${frozenGuard}`,
                UpdateExpression: `SET ${sets.join(', ')} ADD version :one`,
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
            ...(audit ? [appendAudit(this.table, audit)] : []),
          ],
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.program(program.id), ConsistentRead: true }));
      if (frozenOnceApplied && Item && Item.version === expectedVersion && Number(Item.applicationCount ?? 0) > 0) {
        throw new ConflictError(frozenOnceApplied, expectedVersion);
      }
      const current = Item ? toProgram(Item) : null;
      throw new ConflictError(
        current && current.version === expectedVersion
          ? {
              fr: "L'enveloppe ne peut pas descendre sous le montant déjà accordé.",
              en: 'The envelope cannot go below the amount already awarded.',
            }
          : { fr: 'Le programme a été modifié entre-temps : rechargez-le.', en: 'The programme was changed meanwhile: reload it.' },
        current?.version,
      );
    }
    const saved = await this.get(program.id);
    if (!saved) throw new Error(`programme ${program.id} vanished after its update`);
    return saved;
  }

  async closeExpired(now: Date, auditFor: (programId: string) => AuditEvent): Promise<string[]> {
    const closed: string[] = [];
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :cutoff',
          // Only once the deadline's minute and the longest submission grace (60 min) are over:
          // a draft's graced submission must not find its programme closed under it.
          ExpressionAttributeValues: {
            ':pk': keys.programsByStatus('published'),
            ':cutoff': new Date(now.getTime() - (60 + 1) * 60_000).toISOString(),
          },
          ProjectionExpression: 'id',
          ExclusiveStartKey: cursor,
        }),
      );
      for (const item of page.Items ?? []) {
        const id = String(item.id);
        try {
          // The closing and its audit event are written together or not at all.
          await this.db.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Update: {
                    TableName: this.table,
                    Key: keys.program(id),
                    // Only a still-published programme closes; a manager's concurrent edit wins.
                    ConditionExpression: '#status = :published',
                    UpdateExpression: 'SET #status = :closed, gsi1pk = :closedPk, updatedAt = :now ADD version :one',
                    ExpressionAttributeNames: { '#status': 'status' },
                    ExpressionAttributeValues: {
                      ':published': 'published',
                      ':closed': 'closed',
                      ':closedPk': keys.programsByStatus('closed'),
                      ':now': now.toISOString(),
                      ':one': 1,
                    },
                  },
                },
                appendAudit(this.table, auditFor(id)),
              ],
            }),
          );
          closed.push(id);
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
      cursor = page.LastEvaluatedKey;
    } while (cursor);
    return closed;
  }

  async createIfAbsent(program: Program, audit?: AuditEvent): Promise<boolean> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...keys.program(program.id),
                  gsi1pk: keys.programsByStatus(program.status),
                  gsi1sk: keys.programListSort(program.closesAt, program.id),
                  entity: 'program',
                  ...program,
                  remainingCents: program.envelopeCents,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...(audit ? [appendAudit(this.table, audit)] : []),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async listEvents(programId: string): Promise<AuditEvent[]> {
    return listAudit(this.db, this.table, 'program', programId);
  }
}
