/**
 * Real dependencies for API tests: a fresh table and bucket on the shared emulators,
 * the real DynamoDB and S3 adapters, the outbox mailer and a controllable clock.
 */
import { randomUUID } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createApp } from '../../functions/src/app';
import { otpSecretSource } from '../../functions/src/auth/secrets';
import { loadConfig, type AppConfig } from '../../functions/src/config';
import type { Deps } from '../../functions/src/deps';
import { ensureTable } from '../../functions/src/local/provision';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../functions/src/local/stack';
import { CLAMAV_TEST_DATABASE, createClamavScanner } from '../../functions/src/local/clamav-scanner';
import { createLogger } from '../../functions/src/logger';
import { createOutboxMailer } from '../../functions/src/mail/outbox-mailer';
import { createMemoryMetrics, type MemoryMetrics } from '../../functions/src/observability/metrics';
import { createFixtureRegistry } from '../../functions/src/registry/fixture-registry';
import { createDynamoClient, createS3Client } from '../../functions/src/store/clients';
import { createDynamoStore } from '../../functions/src/store/dynamo-store';
import { createStorage } from '../../functions/src/wiring';

export const SITE_ORIGIN = 'http://localhost:3000';

export type TestContext = {
  config: AppConfig;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** Moves the test clock; the app reads time only through deps.clock. */
  setNow: (date: Date) => void;
  logs: string[];
  /** What the services counted (deps.metrics), e.g. `metrics.total('ApplicationsSubmitted')`. */
  metrics: MemoryMetrics;
  db: ReturnType<typeof createDynamoClient>;
  s3: ReturnType<typeof createS3Client>;
};

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const suffix = randomUUID().slice(0, 8);
  return {
    APP_MODE: 'local',
    TABLE_NAME: `guichet-test-${suffix}`,
    DOCUMENTS_BUCKET: `guichet-test-${suffix}`,
    DOCUMENTS_BUCKET_ORIGIN: inject('s3Endpoint'),
    SITE_ORIGIN: SITE_ORIGIN,
    MAIL_FROM: 'ne-pas-repondre@test.example.org',
    ADMIN_EMAILS: 'gestionnaire@test.example.org',
    AWS_REGION: LOCAL_REGION,
    DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    S3_ENDPOINT: inject('s3Endpoint'),
    LOG_LEVEL: 'debug',
    OTP_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    ...overrides,
  };
}

/** Creates the table and bucket named in `env` on the shared emulators. */
export async function provision(config: AppConfig, options: { table?: boolean; bucket?: boolean } = {}): Promise<void> {
  if (options.table !== false) {
    const ddb = new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    try {
      await ensureTable(ddb, config.tableName);
    } finally {
      ddb.destroy();
    }
  }
  if (options.bucket !== false) await createS3Client(config).send(new CreateBucketCommand({ Bucket: config.documentsBucket }));
}

/** Makes the client fail any ScanCommand, so a test proves its request paths use keys and Queries only. */
export function forbidScans<T extends ReturnType<typeof createDynamoClient>>(client: T): T {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'ScanCommand') throw new Error('Scan is forbidden on request paths');
      return next(args);
    },
    { step: 'initialize', name: 'forbidScans' },
  );
  return client;
}

export async function createTestContext(
  options: {
    now?: Date;
    env?: Record<string, string>;
    withOutbox?: boolean;
    table?: boolean;
    bucket?: boolean;
    /** Fail any ScanCommand the app sends: request paths must use keys and Queries only. */
    forbidScans?: boolean;
  } = {},
): Promise<TestContext> {
  const config = loadConfig(testEnv(options.env));
  await provision(config, { table: options.table, bucket: options.bucket });
  let now = options.now ?? new Date('2026-11-28T10:00:00.000Z');
  let ticks = 0;
  const logs: string[] = [];
  const metrics = createMemoryMetrics();
  const outbox = createOutboxMailer(() => undefined);
  const storage = createStorage(config);
  if (options.forbidScans) storage.store = createDynamoStore(forbidScans(createDynamoClient(config)), config.tableName);
  const deps: Deps = {
    config,
    log: createLogger('debug', (line) => logs.push(line)),
    metrics,
    ...storage,
    // The real ClamAV (Debian's clamav package) with the repository's EICAR signature.
    scanner: createClamavScanner({ databasePath: CLAMAV_TEST_DATABASE }),
    mailer: outbox,
    ...(options.withOutbox === false ? {} : { outbox }),
    // Like a real clock, time moves on between two reads (1 ms a read), so events keep their order.
    clock: () => new Date(now.getTime() + ticks++),
    // The SIRET lookup reads the shipped fixture: tests never call INSEE.
    companies: createFixtureRegistry(),
    otpSecret: otpSecretSource(config),
    // app.request() has no socket: tests name the caller's address in a header.
    clientIp: (c) => c.req.header('x-test-client-ip') ?? '203.0.113.1',
  };
  return {
    config,
    deps,
    app: createApp(deps),
    setNow: (date) => {
      now = date;
      ticks = 0;
    },
    logs,
    metrics,
    db: createDynamoClient(config),
    s3: createS3Client(config),
  };
}
