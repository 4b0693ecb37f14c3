/**
 * Assignments and reviews live in the application's partition (`ASSIGN#`, `REVIEW#`),
 * so reading an application whole includes them; a reviewer's queue is the GSI1
 * partition `REVIEWER#<id>`, sorted by programme then assignment date.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Assignment } from '../domain/application';
import { ConflictError } from '../domain/errors';
import type { Review } from '../domain/scoring';
import { appendEvent, decodeCursor, encodeCursor, fromItem, isConditionFailure, queryAll } from './dynamo-helpers';
import { keys } from './keys';
import type { ReviewStore } from './store-ports';

const LOCKED = {
  fr: 'Cette évaluation a déjà été transmise : elle ne peut plus être modifiée.',
  en: 'This review has already been submitted: it can no longer be changed.',
};
const ALREADY_DECLARED = {
  fr: "Vous avez déjà fait votre déclaration d'absence ou de présence de conflit d'intérêts.",
  en: 'You have already made your conflict-of-interest declaration.',
};

function queryPartition(db: DynamoDBDocumentClient, table: string, pk: string, prefix: string) {
  return queryAll(db, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    ConsistentRead: true,
  });
}

export function createDynamoReviewStore(db: DynamoDBDocumentClient, table: string): ReviewStore {
  return {
    async assign(items) {
      let added = 0;
      for (const { assignment, event } of items) {
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: table,
                    Item: {
                      ...keys.assignment(assignment.applicationId, assignment.reviewerId),
                      entity: 'assignment',
                      gsi1pk: keys.reviewerAssignments(assignment.reviewerId),
                      gsi1sk: keys.reviewerAssignmentSort(assignment.programId, assignment.assignedAt, assignment.applicationId),
                      ...assignment,
                    },
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                {
                  Update: {
                    TableName: table,
                    Key: keys.application(assignment.applicationId),
                    ConditionExpression: 'attribute_exists(pk)',
                    // Denormalised so the manager's queue shows who reviews what without another read.
                    UpdateExpression: 'ADD reviewerIds :reviewer',
                    ExpressionAttributeValues: { ':reviewer': new Set([assignment.reviewerId]) },
                  },
                },
                appendEvent(table, event),
              ],
            }),
          );
          added += 1;
        } catch (error) {
          // Already assigned: assigning twice is a no-op, not an error.
          if (!isConditionFailure(error)) throw error;
        }
      }
      return added;
    },

    async listAssignments(applicationId) {
      return (await queryPartition(db, table, keys.applicationPartition(applicationId), 'ASSIGN#')).map((i) => fromItem<Assignment>(i));
    },

    async getAssignment(applicationId, reviewerId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.assignment(applicationId, reviewerId), ConsistentRead: true }),
      );
      return Item ? fromItem<Assignment>(Item) : null;
    },

    async listByReviewer(reviewerId, programId, limit, cursor) {
      const partition = keys.reviewerAssignments(reviewerId);
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :program)',
          ExpressionAttributeValues: { ':pk': partition, ':program': `${programId}#` },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'sk', 'gsi1pk', 'gsi1sk'], { name: 'gsi1pk', value: partition }),
        }),
      );
      return { items: (page.Items ?? []).map((i) => fromItem<Assignment>(i)), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async declare(applicationId, reviewerId, conflict, at, event) {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: table,
                  Key: keys.assignment(applicationId, reviewerId),
                  // Declared once: a reviewer cannot withdraw a conflict to read the file afterwards.
                  ConditionExpression: '#conflict = :pending',
                  UpdateExpression: 'SET #conflict = :conflict, declaredAt = :at',
                  ExpressionAttributeNames: { '#conflict': 'conflict' },
                  ExpressionAttributeValues: { ':pending': 'pending', ':conflict': conflict, ':at': at },
                },
              },
              ...(conflict === 'declared'
                ? [
                    {
                      Update: {
                        TableName: table,
                        Key: keys.application(applicationId),
                        ConditionExpression: 'attribute_exists(pk)',
                        // Flagged on the application so the manager's queue shows who must be replaced.
                        UpdateExpression: 'ADD conflictIds :reviewer',
                        ExpressionAttributeValues: { ':reviewer': new Set([reviewerId]) },
                      },
                    },
                  ]
                : []),
              appendEvent(table, event),
            ],
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError(ALREADY_DECLARED);
        throw error;
      }
    },

    async getReview(applicationId, reviewerId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.review(applicationId, reviewerId), ConsistentRead: true }),
      );
      return Item ? fromItem<Review>(Item) : null;
    },

    async listReviews(applicationId) {
      return (await queryPartition(db, table, keys.applicationPartition(applicationId), 'REVIEW#')).map((i) => fromItem<Review>(i));
    },

    async saveReview(review, event) {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: { ...keys.review(review.applicationId, review.reviewerId), entity: 'review', ...review },
                  // Locked once submitted: a later save (even a concurrent one) loses here.
                  ConditionExpression: 'attribute_not_exists(pk) OR submitted = :false',
                  ExpressionAttributeValues: { ':false': false },
                },
              },
              ...(event ? [appendEvent(table, event)] : []),
            ],
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError(LOCKED);
        throw error;
      }
    },

    async setScore(applicationId, score, disagreement) {
      const { Item } = await db.send(
        new GetCommand({
          TableName: table,
          Key: keys.application(applicationId),
          ProjectionExpression: 'programId, #status',
          ExpressionAttributeNames: { '#status': 'status' },
        }),
      );
      if (!Item) return;
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.application(applicationId),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET score = :score, disagreement = :disagreement, gsi3pk = :gsi3pk, gsi3sk = :gsi3sk',
          ExpressionAttributeValues: {
            ':score': score,
            ':disagreement': disagreement,
            ':gsi3pk': keys.applicationsByProgramScore(String(Item.programId), String(Item.status)),
            ':gsi3sk': keys.applicationScoreSort(score, applicationId),
          },
        }),
      );
    },
  };
}
