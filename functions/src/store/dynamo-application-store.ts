/**
 * Applications and everything under them (documents, timeline events, messages)
 * share the partition `APP#<id>`, so one Query returns an application whole.
 * Every state change is conditioned on the current status and version.
 */
import {
  BatchGetCommand,
  DeleteCommand,
  type BatchGetCommandOutput,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Application, ApplicationDocument, Assignment, Message, TimelineEvent } from '../domain/application';
import type { Review } from '../domain/scoring';
import { ConflictError, EnvelopeExceededError, NotFoundError, SequenceTakenError } from '../domain/errors';
import { APPLICATION_STATUSES, isEditable } from '../domain/lifecycle';
import { appendEvent, cancellationCodes, decodeCursor, encodeCursor, fromItem, isConditionFailure, queryAll } from './dynamo-helpers';
import { keys } from './keys';
import type { ApplicationStore } from './store-ports';

const NOT_FOUND = { fr: "Cette demande n'existe pas.", en: 'This application does not exist.' };
const STALE = {
  fr: 'La demande a été modifiée ailleurs (autre onglet ou appareil). Rechargez-la pour voir la dernière version.',
  en: 'The application was changed elsewhere (another tab or device). Reload it to see the latest version.',
};
const NOT_EDITABLE = {
  fr: "La demande n'est plus modifiable dans son état actuel.",
  en: 'The application can no longer be edited in its current state.',
};

/**
 * A new application's item. Until it is submitted it sits only in its owner's list (gsi1)
 * and, keys only, in its programme's unsent list (gsi4): none of its autosaves touches the
 * staff queues (gsi2, gsi3), which it joins at submission.
 */
function applicationItem(app: Application) {
  const queues = app.submittedAt
    ? {
        gsi2pk: keys.applicationsByProgramStatus(app.programId, app.status),
        gsi2sk: keys.applicationStatusSort(app.submittedAt, app.createdAt, app.id),
        gsi3pk: keys.applicationsByProgramScore(app.programId, app.status),
        gsi3sk: keys.applicationScoreSort(null, app.id),
      }
    : { gsi4pk: keys.unsentApplications(app.programId), gsi4sk: keys.unsentSort(app.createdAt, app.id) };
  return {
    ...keys.application(app.id),
    entity: 'application',
    gsi1pk: keys.applicationsByOwner(app.ownerId),
    gsi1sk: keys.applicationOwnerSort(app.createdAt, app.id),
    ...queues,
    ...app,
  };
}

/** Documents stored before the antivirus have no verdict nor verified copy: they read as pending, never usable. */
const withScan = (document: ApplicationDocument): ApplicationDocument => ({
  ...document,
  sha256: document.sha256 ?? null,
  scan: document.scan ?? 'pending',
});

export function createDynamoApplicationStore(db: DynamoDBDocumentClient, table: string): ApplicationStore {
  const get = async (id: string): Promise<Application | null> => {
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.application(id), ConsistentRead: true }));
    // A file being erased is gone for every reader already (PersonalDataStore.beginErasure).
    return Item && !Item.erasingAt ? fromItem<Application>(Item) : null;
  };

  /** After a failed conditional write, says why: gone, not editable, or stale. */
  const explainFailure = async (id: string, editable: boolean): Promise<never> => {
    const current = await get(id);
    if (!current) throw new NotFoundError(NOT_FOUND);
    if (editable && !isEditable(current.status)) throw new ConflictError(NOT_EDITABLE, current.version);
    throw new ConflictError(STALE, current.version);
  };

  return {
    async create(application, event) {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: applicationItem(application), ConditionExpression: 'attribute_not_exists(pk)' } },
            appendEvent(table, event),
            // Counted in the same transaction, so the programme's frozen parts freeze with
            // the first application whatever the timing (the programme store's condition).
            {
              Update: {
                TableName: table,
                Key: keys.program(application.programId),
                UpdateExpression: 'ADD applicationCount :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    },

    get,

    async getWithChildren(id) {
      const items = await queryAll(db, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.applicationPartition(id) },
        ConsistentRead: true,
      });
      const root = items.find((i) => i.sk === 'APP');
      if (!root || root.erasingAt) return null;
      const of = <T>(prefix: string) => items.filter((i) => String(i.sk).startsWith(prefix)).map((i) => fromItem<T>(i));
      return {
        application: fromItem<Application>(root),
        documents: of<ApplicationDocument>('DOC#').map(withScan),
        events: of<TimelineEvent>('EVENT#'),
        messages: of<Message>('MSG#'),
        assignments: of<Assignment>('ASSIGN#'),
        reviews: of<Review>('REVIEW#'),
      };
    },

    async listByOwner(ownerId, limit, cursor) {
      const partition = keys.applicationsByOwner(ownerId);
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': partition },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'sk', 'gsi1pk', 'gsi1sk'], { name: 'gsi1pk', value: partition }),
        }),
      );
      return { items: (page.Items ?? []).map((i) => fromItem<Application>(i)), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async listByProgram(programId, status, sort, limit, cursor) {
      const index = sort === 'date' ? 'gsi2' : 'gsi3';
      const partition =
        sort === 'date' ? keys.applicationsByProgramStatus(programId, status) : keys.applicationsByProgramScore(programId, status);
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: index,
          KeyConditionExpression: `${index}pk = :pk`,
          ExpressionAttributeValues: { ':pk': partition },
          // By date: first come, first served. By score: best first.
          ScanIndexForward: sort === 'date',
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'sk', `${index}pk`, `${index}sk`], { name: `${index}pk`, value: partition }),
        }),
      );
      return { items: (page.Items ?? []).map((i) => fromItem<Application>(i)), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async existsForProgram(programId) {
      // Never-submitted files are in the unsent list (gsi4), submitted ones in the queues (gsi2).
      const partitions: [string, string][] = [
        ['gsi4', keys.unsentApplications(programId)],
        ...APPLICATION_STATUSES.filter((status) => status !== 'draft').map((status): [string, string] => [
          'gsi2',
          keys.applicationsByProgramStatus(programId, status),
        ]),
      ];
      for (const [index, partition] of partitions) {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            IndexName: index,
            KeyConditionExpression: `${index}pk = :pk`,
            ExpressionAttributeValues: { ':pk': partition },
            Limit: 1,
          }),
        );
        if ((page.Items ?? []).length > 0) return true;
      }
      return false;
    },

    async getMany(ids) {
      const unique = [...new Set(ids)].slice(0, 100);
      if (unique.length === 0) return [];
      const found: Application[] = [];
      let pending: Record<string, unknown>[] | undefined = unique.map((id) => keys.application(id));
      for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
        const result: BatchGetCommandOutput = await db.send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }),
        );
        found.push(...(result.Responses?.[table] ?? []).filter((i) => !i.erasingAt).map((i) => fromItem<Application>(i)));
        pending = result.UnprocessedKeys?.[table]?.Keys;
      }
      return found;
    },

    async saveSections(id, expectedVersion, editable, sections, at) {
      const names: Record<string, string> = { '#status': 'status' };
      const values: Record<string, unknown> = { ':v': expectedVersion, ':one': 1, ':at': at };
      const sets = ['updatedAt = :at'];
      for (const [section, value] of Object.entries(sections)) {
        if (value === undefined) continue;
        names[`#${section}`] = section;
        values[`:${section}`] = value;
        sets.push(`#${section} = :${section}`);
      }
      editable.forEach((s, i) => {
        values[`:editable${i}`] = s;
      });
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.application(id),
            ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(erasingAt) AND version = :v AND #status IN (${editable.map((_, i) => `:editable${i}`).join(', ')})`,
            UpdateExpression: `SET ${sets.join(', ')} ADD version :one`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_NEW',
          }),
        );
        return fromItem<Application>(Attributes ?? {});
      } catch (error) {
        if (isConditionFailure(error)) return explainFailure(id, true);
        throw error;
      }
    },

    async transition(write) {
      const current = write.application;
      const values: Record<string, unknown> = { ':v': current.version, ':one': 1, ':to': write.to, ':at': write.at };
      write.from.forEach((s, i) => {
        values[`:from${i}`] = s;
      });
      const sets = ['#status = :to', 'updatedAt = :at'];
      const removes: string[] = [];
      // Both staff queue indexes follow the status of a submitted file: by date (gsi2) and by
      // score (gsi3). A file joins them at its first submission and leaves the unsent list
      // (gsi4); one never submitted (a draft withdrawn) stays out of them.
      if (write.submittedAt ?? current.submittedAt) {
        sets.push('gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk', 'gsi3pk = :gsi3pk');
        values[':gsi2pk'] = keys.applicationsByProgramStatus(current.programId, write.to);
        values[':gsi2sk'] = keys.applicationStatusSort(write.submittedAt ?? current.submittedAt, current.createdAt, current.id);
        values[':gsi3pk'] = keys.applicationsByProgramScore(current.programId, write.to);
        if (!current.submittedAt) {
          sets.push('gsi3sk = :gsi3sk');
          values[':gsi3sk'] = keys.applicationScoreSort(current.score ?? null, current.id);
          removes.push('gsi4pk', 'gsi4sk');
        }
      }
      if (write.submittedAt) {
        sets.push('submittedAt = :submittedAt');
        values[':submittedAt'] = write.submittedAt;
      }
      if (write.eligibility !== undefined) {
        sets.push('eligibilityAtSubmission = :eligibility');
        values[':eligibility'] = write.eligibility;
      }
      if (write.reference) {
        sets.push('#reference = :reference');
        values[':reference'] = write.reference.value;
      }
      if (write.declarationAccepted === false) {
        // A submitted file always holds its declaration map (the submission required it).
        sets.push('declaration.accepted = :declarationAccepted');
        values[':declarationAccepted'] = false;
      }
      if (write.decision) {
        sets.push('amountAwardedCents = :awarded', 'decisionReason = :decisionReason', 'decidedAt = :decidedAt');
        values[':awarded'] = write.decision.amountAwardedCents;
        values[':decisionReason'] = write.decision.decisionReason;
        values[':decidedAt'] = write.decision.decidedAt;
      }
      const transactItems: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [
        {
          Update: {
            TableName: table,
            Key: keys.application(current.id),
            // The lifecycle's source states and the version read by the caller: a race loses here
            // (an application that vanished meanwhile fails it too, and is reported as not found).
            ConditionExpression: `version = :v AND #status IN (${write.from.map((_, i) => `:from${i}`).join(', ')})`,
            UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''} ADD version :one`,
            ExpressionAttributeNames: { '#status': 'status', ...(write.reference ? { '#reference': 'reference' } : {}) },
            ExpressionAttributeValues: values,
          },
        },
        appendEvent(table, write.event),
      ];
      const envelopeIndex = write.envelope ? transactItems.length : -1;
      if (write.envelope) {
        const { programId, debitCents } = write.envelope;
        transactItems.push({
          Update: {
            TableName: table,
            Key: keys.program(programId),
            // The envelope never goes below zero, whatever approvals race: DynamoDB checks and debits atomically.
            ConditionExpression: debitCents > 0 ? 'remainingCents >= :debit' : 'attribute_exists(pk)',
            UpdateExpression: 'SET remainingCents = remainingCents - :debit',
            ExpressionAttributeValues: { ':debit': debitCents },
          },
        });
      }
      const referenceIndex = write.reference ? transactItems.length : -1;
      if (write.reference) {
        const { programId, year, sequence } = write.reference;
        transactItems.push({
          Update: {
            TableName: table,
            Key: keys.referenceSequence(programId, year),
            // Gapless numbering: the counter must still be where we read it.
            ConditionExpression: sequence === 1 ? 'attribute_not_exists(#last)' : '#last = :previous',
            UpdateExpression: 'SET #last = :next, entity = :entity',
            ExpressionAttributeNames: { '#last': 'last' },
            ExpressionAttributeValues: {
              ':next': sequence,
              ':entity': 'sequence',
              ...(sequence === 1 ? {} : { ':previous': sequence - 1 }),
            },
          },
        });
      }
      try {
        await db.send(new TransactWriteCommand({ TransactItems: transactItems }));
      } catch (error) {
        const codes = cancellationCodes(error);
        if (codes) {
          if (codes[0] === 'ConditionalCheckFailed') return explainFailure(current.id, false);
          if (referenceIndex >= 0 && codes[referenceIndex] === 'ConditionalCheckFailed') throw new SequenceTakenError();
          if (envelopeIndex >= 0 && codes[envelopeIndex] === 'ConditionalCheckFailed' && write.envelope) {
            const { Item } = await db.send(
              new GetCommand({ TableName: table, Key: keys.program(write.envelope.programId), ConsistentRead: true }),
            );
            throw new EnvelopeExceededError(Number(Item?.remainingCents ?? 0));
          }
        }
        throw error;
      }
      // Read back rather than rebuilt: reviewer ids and scores change without a version bump.
      const updated = await get(current.id);
      if (!updated) throw new NotFoundError(NOT_FOUND);
      return updated;
    },

    async currentSequence(programId, year) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.referenceSequence(programId, year), ConsistentRead: true }),
      );
      return Item ? Number(Item.last) : 0;
    },

    async putDocument(document) {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.document(document.applicationId, document.id), entity: 'document', ...document },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async getDocument(applicationId, documentId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.document(applicationId, documentId), ConsistentRead: true }),
      );
      return Item ? withScan(fromItem<ApplicationDocument>(Item)) : null;
    },

    async settleDocument(applicationId, documentId, outcome, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.document(applicationId, documentId),
            // Idempotent: the API call and the S3-event Lambda may both verify; the first one settles it.
            ConditionExpression: '#status = :pending',
            UpdateExpression:
              'SET #status = :status, verifiedSize = :size, rejection = :rejection, sha256 = :sha256, #scan = :scan, updatedAt = :at',
            ExpressionAttributeNames: { '#status': 'status', '#scan': 'scan' },
            ExpressionAttributeValues: {
              ':pending': 'pending',
              ':status': outcome.status,
              ':size': outcome.verifiedSize,
              ':rejection': outcome.rejection,
              ':sha256': outcome.sha256,
              ':scan': outcome.scan,
              ':at': at,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async recordScan(applicationId, documentId, sha256, scan, at) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.document(applicationId, documentId),
            // A verdict binds to the bytes it was given: a late event about replaced bytes changes nothing.
            ConditionExpression: 'attribute_exists(pk) AND #status = :verified AND sha256 = :sha256 AND #scan = :pending',
            UpdateExpression: 'SET #scan = :scan, updatedAt = :at',
            ExpressionAttributeNames: { '#status': 'status', '#scan': 'scan' },
            ExpressionAttributeValues: { ':verified': 'verified', ':sha256': sha256, ':pending': 'pending', ':scan': scan, ':at': at },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async deleteDocument(applicationId, documentId) {
      await db.send(new DeleteCommand({ TableName: table, Key: keys.document(applicationId, documentId) }));
    },

    async addMessage(message, event) {
      const put = {
        Put: {
          TableName: table,
          Item: { ...keys.message(message.applicationId, message.at, message.id), entity: 'message', ...message },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
      await db.send(new TransactWriteCommand({ TransactItems: event ? [put, appendEvent(table, event)] : [put] }));
    },
  };
}
