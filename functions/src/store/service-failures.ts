/**
 * AWS sometimes says "not now": DynamoDB throttles a partition, S3 answers 500 or
 * SlowDown, a socket times out. The SDK retries those a few times itself; what
 * outlasts its retries leaves the store as the domain's ServiceUnavailableError
 * (a 503 with Retry-After), so no route, service or middleware has to know an SDK
 * error name. Errors that mean something to the domain (a failed condition, a
 * missing object, a transaction conflict) pass through untouched.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { ServiceUnavailableError } from '../domain/errors';

/** Error names AWS services use for "too many requests, slow down". */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'LimitExceededException',
]);

/** A request that never got its answer: the SDK's timeouts, an abort, a dropped connection. */
const TIMEOUTS = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);
const NETWORK_CODES = new Set(['ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN']);

/** Cancellation reasons DynamoDB gives when a transaction's items were throttled. */
const THROTTLED_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

type AwsLikeError = Error & {
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string }[];
};

/**
 * True when the error says the service is throttling, unreachable or failing on its
 * side, rather than anything about the request. A transaction cancelled by a failed
 * condition is the domain's to judge, even if another of its items was throttled.
 */
export function isServiceFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as AwsLikeError;
  if (THROTTLING.has(e.name) || TIMEOUTS.has(e.name)) return true;
  if (e.code !== undefined && NETWORK_CODES.has(e.code)) return true;
  if (e.name === 'TransactionCanceledException') {
    const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
    return codes.some((c) => THROTTLED_CANCELLATIONS.has(c)) && !codes.includes('ConditionalCheckFailed');
  }
  return e.$fault === 'server' || (e.$metadata?.httpStatusCode ?? 0) >= 500;
}

async function translate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw isServiceFailure(error) ? new ServiceUnavailableError({ cause: error }) : error;
  }
}

/**
 * Added outermost (initialize, high priority), so the translation sees what is left
 * after the SDK's own retries and the transaction-conflict retry.
 */
const OUTERMOST = { step: 'initialize', priority: 'high', name: 'serviceFailureTranslation' } as const;

/** Every command the DynamoDB client sends: throttling, timeouts and 5xx become ServiceUnavailableError. */
export function translateDynamoFailuresOn(client: DynamoDBClient): void {
  client.middlewareStack.add((next) => (args) => translate(() => next(args)), OUTERMOST);
}

/** Every command the S3 client sends: SlowDown, timeouts and 5xx become ServiceUnavailableError. */
export function translateS3FailuresOn(client: S3Client): void {
  client.middlewareStack.add((next) => (args) => translate(() => next(args)), OUTERMOST);
}
