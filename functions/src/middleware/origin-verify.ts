/**
 * In AWS the API answers only requests that came through CloudFront. The HTTP API's
 * execute-api URL stays reachable (CloudFront's origin is that very hostname), so
 * CloudFront adds a secret header to every request it forwards, and a request without
 * it came straight to execute-api: refused, before anything else reads its headers
 * (its `CloudFront-Viewer-Address` would be forged).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';
import { ForbiddenError, ServiceUnavailableError } from '../domain/errors';

export type OriginVerify = { headerName: string; secret: () => Promise<string> };

const digest = (value: string) => createHash('sha256').update(value).digest();

const NOT_THROUGH_THE_SITE = {
  fr: 'Requête refusée : passez par le site Guichet.',
  en: 'Request refused: go through the Guichet site.',
};

export function originVerify(options: OriginVerify): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const sent = c.req.header(options.headerName);
    if (sent === undefined) throw new ForbiddenError(NOT_THROUGH_THE_SITE);
    // Without the secret nothing can be checked: a passing outage, so "try again", never a 500.
    const secret = await options.secret().catch((cause: unknown) => {
      throw new ServiceUnavailableError({ cause });
    });
    // Digests have one length, so the comparison takes the same time whatever was sent.
    if (!timingSafeEqual(digest(sent), digest(secret))) {
      throw new ForbiddenError(NOT_THROUGH_THE_SITE);
    }
    await next();
  };
}
