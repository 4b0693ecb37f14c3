/**
 * The three Lambda entry points, bundled from this one file:
 * - `api`: the Hono app behind the HTTP API;
 * - `documents`: S3 ObjectCreated on `applications/`, and GuardDuty's malware scan
 *   results on `verified/` (EventBridge);
 * - `scheduler`: the daily EventBridge rule.
 * Config and clients are built once per container, at cold start.
 */
import type { S3Event, ScheduledEvent } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApp } from './app';
import { lambdaClientIp } from './auth/client-address';
import { originSecretSource, otpSecretSource } from './auth/secrets';
import { loadConfig } from './config';
import type { Deps } from './deps';
import { isMalwareScanResult, parseScanResult, parseUploadEvent, type MalwareScanResultEvent } from './jobs/documents';
import { runDailyJobs, type SchedulerReport } from './jobs/scheduler';
import { createDocumentService } from './services/documents';
import { type MailQueueReport, sendQueuedMails } from './services/mail-delivery';
import { createLogger } from './logger';
import { createSesMailer } from './mail/ses-mailer';
import { deferredScanner } from './store/deferred-scanner';
import { createStorage } from './wiring';

const config = loadConfig();
const log = createLogger(config.logLevel);
const deps: Deps = {
  config,
  log,
  ...createStorage(config),
  scanner: deferredScanner,
  mailer: createSesMailer({ region: config.region, from: config.mailFrom }),
  clock: () => new Date(),
  otpSecret: otpSecretSource(config),
  ...(config.originVerify
    ? { originVerify: { headerName: config.originVerify.headerName, secret: originSecretSource(config, config.originVerify.secretArn) } }
    : {}),
  // Behind CloudFront the connection comes from the edge: the viewer's address is believed
  // only when the request proved it came through CloudFront (every request past originVerify).
  clientIp: (c) => lambdaClientIp(c, config.originVerify !== null),
};

export const api = handle(createApp(deps));

const documentService = createDocumentService(deps);

/**
 * Verifies each uploaded object exactly as the `complete` API call does, idempotent on
 * redelivery; or records GuardDuty's verdict on a verified copy.
 */
export async function documents(event: S3Event | MalwareScanResultEvent): Promise<{ outcomes: Record<string, string>; ignored: number }> {
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

export async function scheduler(event: ScheduledEvent | MailRetryEvent): Promise<SchedulerReport | MailQueueReport> {
  if ('job' in event && event.job === 'mail-queue') return sendQueuedMails(deps);
  log.info('scheduler: run', { time: 'time' in event ? event.time : null });
  return runDailyJobs(deps);
}
