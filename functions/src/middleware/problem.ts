/**
 * RFC 9457 problem+json, produced in exactly one place. Domain errors keep their
 * status and bilingual detail; anything unexpected becomes a generic 500 whose
 * details stay in the log, keyed by the request id the client also receives.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../deps';
import {
  ConflictError,
  DomainError,
  ServiceUnavailableError,
  TooManyRequestsError,
  TransactionConflictError,
  ValidationError,
  type Bilingual,
  type FieldError,
} from '../domain/errors';
import type { Logger } from '../logger';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The same detail in both languages, for the SPA to show in the user's own. */
  detailI18n?: Bilingual;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  currentVersion?: number;
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  500: 'internal',
  503: 'unavailable',
};

export function problemJson(c: Context<AppEnv>, status: ContentfulStatusCode, detail: Bilingual, extra: Partial<Problem> = {}): Response {
  const body: Problem = {
    type: `https://guichet.example.org/problems/${SLUGS[status] ?? 'error'}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: detail.fr,
    detailI18n: detail,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...extra,
  };
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
}

export function errorHandler(log: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof DomainError) {
      if (error instanceof TransactionConflictError) {
        // Still colliding after the store's retries: nothing was written, the user can simply try again.
        log.warn('transaction conflict after retries', { requestId: c.get('requestId'), path: c.req.path });
      }
      if (error instanceof ServiceUnavailableError) {
        // Throttled, timed out or failing on AWS's side: the write did not happen, the client waits and retries.
        log.warn('service unavailable', {
          requestId: c.get('requestId'),
          path: c.req.path,
          cause: (error.cause as Error | undefined)?.name,
        });
      }
      if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) {
        c.header('Retry-After', String(error.retryAfterSeconds));
      }
      const extra: Partial<Problem> = {};
      if (error instanceof ValidationError) extra.errors = error.errors;
      if (error instanceof ConflictError && error.currentVersion !== undefined) {
        extra.currentVersion = error.currentVersion;
      }
      return problemJson(c, error.status, error.detail, extra);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemJson(c, error.status as ContentfulStatusCode, {
        fr: 'La requête est invalide.',
        en: error.message || 'The request is invalid.',
      });
    }
    log.error('unhandled error', { requestId: c.get('requestId'), path: c.req.path, error });
    return problemJson(c, 500, {
      fr: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
      en: 'An unexpected error occurred. Please try again shortly.',
    });
  };
}

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  problemJson(c, 404, { fr: "Cette ressource n'existe pas.", en: 'This resource does not exist.' });
