/**
 * The Logger interface on Lambda, written by Powertools Logger: one JSON line per
 * entry with `level`, `message`, `timestamp`, the service and stage, the Lambda
 * context of the invocation (`function_name`, `function_request_id`, `cold_start`…)
 * and, for API requests, `apiRequestId`: API Gateway's id for the request, which the
 * HTTP API access log writes as `requestId`. A Logs Insights query over both log
 * groups joins them (`filter requestId = "…" or apiRequestId = "…"`); the app's own
 * `requestId` (Hono's, echoed in X-Request-Id) stays on the access-log middleware's
 * line. The local stack and the tests keep logger.ts.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import type { Logger, LogLevel } from '../logger';

export type InvocationLogger = {
  log: Logger;
  /** The Powertools instance, for Powertools' own warnings (Metrics). */
  powertools: PowertoolsLogger;
  /** Adds the Lambda context, and API Gateway's request id when there is one, to every line until `end`. */
  begin(context: Context, apiRequestId?: string): void;
  end(): void;
};

const LEVELS: Record<LogLevel, 'DEBUG' | 'INFO' | 'WARN' | 'ERROR'> = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

export function createPowertoolsLogger(options: { level: LogLevel; serviceName: string; stage: string }): InvocationLogger {
  const powertools = new PowertoolsLogger({
    serviceName: options.serviceName,
    logLevel: LEVELS[options.level],
    persistentKeys: { stage: options.stage },
  });
  const at =
    (level: LogLevel) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      powertools[level](msg, fields);
  return {
    log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    powertools,
    begin(context, apiRequestId) {
      powertools.addContext(context);
      if (apiRequestId) powertools.appendKeys({ apiRequestId });
    },
    end() {
      powertools.resetKeys();
    },
  };
}
