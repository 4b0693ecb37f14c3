/**
 * The three Lambda entry points, bundled from this one file:
 * - `api`: the Hono app behind the HTTP API;
 * - `documents`: S3 ObjectCreated on `applications/`, and GuardDuty's malware scan
 *   results on `verified/` (EventBridge);
 * - `scheduler`: the daily EventBridge rule.
 * Config and clients are built once per container, at cold start. Each invocation
 * logs through Powertools with its Lambda context (and API Gateway's request id for
 * the API) and publishes the business counters it made as EMF before it returns.
 */
import type { Context, S3Event, ScheduledEvent } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from './app';
import { lambdaClientIp } from './auth/client-address';
import { originSecretSource, otpSecretSource } from './auth/secrets';
import { loadConfig } from './config';
import type { Deps } from './deps';
import { isMalwareScanResult, parseScanResult, parseUploadEvent, type MalwareScanResultEvent } from './jobs/documents';
import { runDailyJobs, type SchedulerReport } from './jobs/scheduler';
import { createDocumentService } from './services/documents';
import { type MailQueueReport, sendQueuedMails } from './services/mail-delivery';
import { createSesMailer } from './mail/ses-mailer';
import { createPowertoolsLogger } from './observability/powertools-logger';
import { createPowertoolsMetrics } from './observability/powertools-metrics';
import { loadClientCapture } from './observability/tracing';
import { createSireneRegistry } from './registry/sirene-registry';
import { deferredScanner } from './store/deferred-scanner';
import { createStorage } from './wiring';

/** The `service` of every log line and metric, whichever of the three functions writes it. */
const SERVICE = 'guichet';

const config = loadConfig();
const logger = createPowertoolsLogger({ level: config.logLevel, serviceName: SERVICE, stage: config.stage });
const log = logger.log;
const published = createPowertoolsMetrics({ stage: config.stage, serviceName: SERVICE, logger: logger.powertools });
// X-Ray wraps the SDK clients only when the stack turned tracing on.
const capture = await loadClientCapture(config, SERVICE);
const deps: Deps = {
  config,
  log,
  metrics: published.metrics,
  ...createStorage(config, capture),
  scanner: deferredScanner,
  mailer: createSesMailer({ region: config.region, from: config.mailFrom, configurationSet: config.sesConfigurationSet, capture }),
  clock: () => new Date(),
  // INSEE's Sirene API only when configured; otherwise no lookup, and applicants type the fields.
  ...(config.sirene ? { companies: createSireneRegistry({ baseUrl: config.sirene.url, apiKey: config.sirene.apiKey, log }) } : {}),
  otpSecret: otpSecretSource(config),
  ...(config.originVerify
    ? { originVerify: { headerName: config.originVerify.headerName, secret: originSecretSource(config, config.originVerify.secretArn) } }
    : {}),
  // Behind CloudFront the connection comes from the edge: the viewer's address is believed
  // only when the request proved it came through CloudFront (every request past originVerify).
  clientIp: (c) => lambdaClientIp(c, config.originVerify !== null),
};

/**
 * Runs one invocation with its context on every log line, then publishes its counters
 * (EMF on stdout) and forgets its keys, whether it succeeded or threw.
 */
function invocation<E, R>(
  run: (event: E, context: Context | undefined) => Promise<R>,
  apiRequestIdOf: (event: E) => string | undefined = () => undefined,
): (event: E, context?: Context) => Promise<R> {
  return async (event, context) => {
    if (context) logger.begin(context, apiRequestIdOf(event));
    try {
      return await run(event, context);
    } finally {
      published.publish();
      logger.end();
    }
  };
}

/** API Gateway's own id for the request (HTTP API v2 and REST v1 both carry it): the access log's `requestId`. */
function apiGatewayRequestId(event: LambdaEvent): string | undefined {
  const requestContext = (event as { requestContext?: { requestId?: unknown } }).requestContext;
  return typeof requestContext?.requestId === 'string' ? requestContext.requestId : undefined;
}

const honoHandler = handle(createApp(deps));
export const api = invocation((event: LambdaEvent, context) => honoHandler(event, context), apiGatewayRequestId);

const documentService = createDocumentService(deps);

/**
 * Verifies each uploaded object exactly as the `complete` API call does, idempotent on
 * redelivery; or records GuardDuty's verdict on a verified copy.
 */
export const documents = invocation(verifyDocuments);

async function verifyDocuments(event: S3Event | MalwareScanResultEvent): Promise<{ outcomes: Record<string, string>; ignored: number }> {
  if (isMalwareScanResult(event)) {
    const result = parseScanResult(event);
    if (!result.target) {
      log.warn('documents: scan result outside verified/', { key: result.key, scan: result.scan });
      return { outcomes: {}, ignored: 1 };
    }
    return { outcomes: { [result.key]: await documentService.recordScanResult(result.target, result.scan) }, ignored: 0 };
  }
  const { uploads, ignored } = parseUploadEvent(event);
  if (ignored.length > 0) log.warn('documents: ignored objects outside applications/', { ignored });
  const outcomes: Record<string, string> = {};
  for (const upload of uploads) {
    outcomes[upload.key] = await documentService.verifyUploaded(upload.applicationId, upload.documentId);
  }
  return { outcomes, ignored: ignored.length };
}

/** What the hourly rule sends (infra/portal-stack.ts): only the mail queue, so a refused acknowledgement waits an hour, not a day. */
export type MailRetryEvent = { job: 'mail-queue' };

export const scheduler = invocation(runScheduler);

async function runScheduler(event: ScheduledEvent | MailRetryEvent): Promise<SchedulerReport | MailQueueReport> {
  if ('job' in event && event.job === 'mail-queue') return sendQueuedMails(deps);
  log.info('scheduler: run', { time: 'time' in event ? event.time : null });
  return runDailyJobs(deps);
}
