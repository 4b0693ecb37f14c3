/** What `createApp` is built from: every side effect arrives through here, so tests swap none of it. */
import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { AppConfig } from './config';
import type { User } from './domain/user';
import type { Logger } from './logger';
import type { Metrics } from './observability/metrics';
import type { OriginVerify } from './middleware/origin-verify';
import type { CompanyRegistry } from './registry/company-registry';
import type { DocumentStorage, Mailer, Outbox, Scanner, Store } from './store/store-ports';

export type Deps = {
  config: AppConfig;
  store: Store;
  documents: DocumentStorage;
  /** The antivirus: ClamAV locally and in tests, GuardDuty's later verdict in AWS. */
  scanner: Scanner;
  mailer: Mailer;
  /** Present only in local mode; its presence mounts GET /api/dev/outbox. */
  outbox?: Outbox;
  clock: () => Date;
  log: Logger;
  /** Business counters (observability/metrics.ts): EMF to CloudWatch in AWS, in memory locally and in tests. */
  metrics: Metrics;
  /** The HMAC key for one-time codes: SSM in AWS, a local file on the embedded stack. */
  otpSecret: () => Promise<string>;
  /** The SIRENE lookup: the fixture locally and in tests, INSEE's API in AWS when configured; absent: none. */
  companies?: CompanyRegistry;
  /** The caller's IP as the host sees it (CloudFront viewer address in AWS), for rate limits. */
  clientIp: (c: Context) => string;
  /** AWS only: the secret header CloudFront adds, without which an API request is refused. */
  originVerify?: OriginVerify;
};

/** Hono environment shared by every router. */
export type AppEnv = {
  Variables: RequestIdVariables & { auth: { user: User; sessionId: string } | null };
};
