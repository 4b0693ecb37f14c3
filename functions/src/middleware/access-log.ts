/** One structured log line per request: method, path, status, duration and request id. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';
import type { Logger } from '../logger';

export function accessLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
