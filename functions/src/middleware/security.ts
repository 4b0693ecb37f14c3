/**
 * Security headers on every response, and a same-origin check on every mutating
 * request whatever its content type (Hono's csrf() only covers form posts).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../deps';
import { ForbiddenError, UnsupportedMediaTypeError } from '../domain/errors';

/** CSP for the SPA and API. `connect-src` names the documents bucket so direct uploads work. */
export function securityHeaders(options: { documentsBucketOrigin: string; https: boolean }): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", options.documentsBucketOrigin],
      formAction: ["'self'", options.documentsBucketOrigin],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      ...(options.https ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a mutating request that a browser marks as cross-site. Browsers always
 * send Origin on fetch POST/PUT/PATCH/DELETE and Sec-Fetch-Site on modern engines;
 * a client sending neither is not a browser and so cannot carry a victim's cookie.
 */
export function sameOrigin(siteOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('Origin');
      const fetchSite = c.req.header('Sec-Fetch-Site');
      const originOk = origin === undefined || siteOrigins.includes(origin);
      const siteOk = fetchSite === undefined || fetchSite === 'same-origin';
      if (!originOk || !siteOk) {
        throw new ForbiddenError({
          fr: 'Requête refusée : elle ne provient pas du site Guichet.',
          en: 'Request refused: it does not come from the Guichet site.',
        });
      }
    }
    await next();
  };
}

/** A request that carries a body must say it is JSON; anything else is a 415, not a silent `{}`. */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const hasBody = Number(c.req.header('Content-Length') ?? 0) > 0 || c.req.header('Transfer-Encoding') !== undefined;
  if (hasBody && !SAFE_METHODS.has(c.req.method)) {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new UnsupportedMediaTypeError({
        fr: 'Le corps de la requête doit être au format JSON (Content-Type: application/json).',
        en: 'The request body must be JSON (Content-Type: application/json).',
      });
    }
  }
  await next();
};
