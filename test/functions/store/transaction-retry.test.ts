/**
 * Transactions DynamoDB cancels because another request held an item are sent
 * again; any other cancellation is the caller's to judge; and a conflict that
 * outlasts the retries is a 409 "try again", never a 500. The fault is injected
 * (the emulator cannot be made to collide on demand); the write itself is real.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../functions/src/deps';
import { TransactionConflictError } from '../../../functions/src/domain/errors';
import { createLogger } from '../../../functions/src/logger';
import { errorHandler } from '../../../functions/src/middleware/problem';
import { createDynamoClient } from '../../../functions/src/store/clients';
import { retryTransactionConflicts } from '../../../functions/src/store/transaction-retry';
import { createTestContext } from '../../support/deps';

const cancelled = (code: string) =>
  new TransactionCanceledException({ message: `Transaction cancelled (${code})`, $metadata: {}, CancellationReasons: [{ Code: code }] });

const noWait = { attempts: 4, baseDelayMs: 0, sleep: async () => undefined };

describe('transaction conflict retry', () => {
  it('sends again after a conflict, and stops at the first success', async () => {
    let calls = 0;
    const result = await retryTransactionConflicts(async () => {
      calls += 1;
      if (calls < 3) throw cancelled('TransactionConflict');
      return 'written';
    }, noWait);
    expect(result).toBe('written');
    expect(calls).toBe(3);
  });

  it('leaves a failed condition to the caller, and gives up after the last attempt', async () => {
    let calls = 0;
    const condition = retryTransactionConflicts(async () => {
      calls += 1;
      throw cancelled('ConditionalCheckFailed');
    }, noWait);
    await expect(condition).rejects.toThrow(/ConditionalCheckFailed/);
    expect(calls).toBe(1);

    calls = 0;
    const conflict = retryTransactionConflicts(async () => {
      calls += 1;
      throw cancelled('TransactionConflict');
    }, noWait);
    await expect(conflict).rejects.toThrow(/TransactionConflict/);
    expect(calls).toBe(4);
  });

  it('is wired into the DynamoDB client: a transaction that collides once is written', async () => {
    const t = await createTestContext();
    const db = createDynamoClient(t.config);
    let injected = 0;
    db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && injected === 0) {
          injected += 1;
          throw cancelled('TransactionConflict');
        }
        return next(args);
      },
      { step: 'finalizeRequest', name: 'injectOneConflict' },
    );
    const key = { pk: 'TEST#retry', sk: 'ITEM' };
    await db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: t.config.tableName, Item: { ...key, value: 1 } } }] }));
    expect(injected).toBe(1);
    const { Item } = await db.send(new GetCommand({ TableName: t.config.tableName, Key: key, ConsistentRead: true }));
    expect(Item).toMatchObject({ value: 1 });
  });

  it('hands a conflict that outlasts the retries to the caller as the domain error, the cancellation as its cause', async () => {
    const t = await createTestContext();
    const db = createDynamoClient(t.config);
    let injected = 0;
    db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') {
          injected += 1;
          throw cancelled('TransactionConflict');
        }
        return next(args);
      },
      { step: 'finalizeRequest', name: 'injectConflicts' },
    );
    const write = db.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: t.config.tableName, Item: { pk: 'TEST#retry', sk: 'LOST', value: 1 } } }],
      }),
    );
    const error = await write.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionConflictError);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
    expect(injected).toBe(4);
  });

  it('answers a conflict that outlasted the retries with a 409 problem, not a 500', async () => {
    const app = new Hono<AppEnv>();
    app.onError(errorHandler(createLogger('error', () => undefined)));
    app.get('/', () => {
      throw new TransactionConflictError({ cause: cancelled('TransactionConflict') });
    });
    const res = await app.request('/');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/rien n’a été enregistré/);
  });
});
