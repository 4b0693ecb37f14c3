/**
 * DynamoDB cancels a TransactWriteItems with `TransactionConflict` when another
 * request holds one of its items at that instant. Nothing was written, so sending
 * it again is safe; the SDK does not, because the cancellation is not a throttling
 * error. This middleware re-sends such a transaction a few times with a short,
 * random pause. Any other cancellation (a failed condition) goes straight back to
 * the caller, whose domain logic decides. A conflict that outlasts the retries
 * leaves the store as the domain's TransactionConflictError (a 409 "try again").
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactionConflictError } from '../domain/errors';
import { isTransactionConflict } from './dynamo-helpers';

export type RetryOptions = { attempts: number; baseDelayMs: number; sleep?: (ms: number) => Promise<void> };

const DEFAULTS: RetryOptions = { attempts: 4, baseDelayMs: 20 };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `send` again while it fails with a transaction conflict, up to `attempts` tries in all. */
export async function retryTransactionConflicts<T>(send: () => Promise<T>, options: RetryOptions = DEFAULTS): Promise<T> {
  const sleep = options.sleep ?? pause;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!isTransactionConflict(error) || attempt >= options.attempts) throw error;
      // Jittered and growing, so two colliding writers do not collide again in step.
      await sleep(options.baseDelayMs * attempt * (0.5 + Math.random()));
    }
  }
}

/**
 * Adds the retry to every TransactWriteItems the client sends; past the last try,
 * the cancellation becomes a TransactionConflictError (the original as its cause).
 */
export function retryTransactionConflictsOn(client: DynamoDBClient, options: RetryOptions = DEFAULTS): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand') return next(args);
      try {
        return await retryTransactionConflicts(() => next(args), options);
      } catch (error) {
        throw isTransactionConflict(error) ? new TransactionConflictError({ cause: error }) : error;
      }
    },
    { step: 'initialize', name: 'transactionConflictRetry' },
  );
}
