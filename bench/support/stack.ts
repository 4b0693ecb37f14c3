/**
 * The benchmark's world: one emulator pair (DynamoDB Local in memory, s3rver on a
 * temporary folder) on loopback ports, and the real app built on it in-process, as the
 * tests build it. Nothing leaves 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../../functions/src/app';
import { otpSecretSource } from '../../functions/src/auth/secrets';
import { loadConfig, type AppConfig } from '../../functions/src/config';
import type { Deps } from '../../functions/src/deps';
import { freePort } from '../../functions/src/local/free-port';
import { ensureTable } from '../../functions/src/local/provision';
import { seedDemoData } from '../../functions/src/local/seed';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from '../../functions/src/local/stack';
import { createLogger } from '../../functions/src/logger';
import { createOutboxMailer } from '../../functions/src/mail/outbox-mailer';
import { createMemoryMetrics } from '../../functions/src/observability/metrics';
import { createDynamoClient, createS3Client } from '../../functions/src/store/clients';
import { createStorage } from '../../functions/src/wiring';

export const SITE_ORIGIN = 'http://localhost:3000';
export const NOW = new Date('2026-11-28T10:00:00.000Z');

export type World = {
  config: AppConfig;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  db: ReturnType<typeof createDynamoClient>;
  s3: ReturnType<typeof createS3Client>;
};

export type Emulators = { dynamodbEndpoint: string; s3Endpoint: string; stop: () => Promise<void> };

export async function startBenchEmulators(): Promise<Emulators> {
  const s3Directory = mkdtempSync(join(tmpdir(), 'guichet-bench-s3-'));
  const pair = await startEmulators({
    dynamoPort: await freePort(),
    dynamoDataDir: null,
    s3Directory,
    bucket: 'guichet-bench-bootstrap',
    tableName: null,
    siteOrigins: [SITE_ORIGIN],
  });
  return {
    dynamodbEndpoint: pair.dynamodbEndpoint,
    s3Endpoint: pair.s3Endpoint,
    stop: async () => {
      await pair.stop();
      rmSync(s3Directory, { recursive: true, force: true });
    },
  };
}

let worlds = 0;

/** A fresh table and bucket with the demo data, and the app on them; the scanner says clean (documents are seeded verified). */
export async function createWorld(emulators: Emulators): Promise<World> {
  worlds += 1;
  const name = `guichet-bench-${process.pid}-${worlds}`;
  const config = loadConfig({
    APP_MODE: 'local',
    TABLE_NAME: name,
    DOCUMENTS_BUCKET: name,
    DOCUMENTS_BUCKET_ORIGIN: emulators.s3Endpoint,
    SITE_ORIGIN,
    MAIL_FROM: 'ne-pas-repondre@bench.example.org',
    ADMIN_EMAILS: 'gestionnaire@demo.example.org',
    AWS_REGION: LOCAL_REGION,
    DYNAMODB_ENDPOINT: emulators.dynamodbEndpoint,
    S3_ENDPOINT: emulators.s3Endpoint,
    LOG_LEVEL: 'error',
    OTP_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
  });
  const ddb = new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await ensureTable(ddb, config.tableName);
  ddb.destroy();
  const s3 = createS3Client(config);
  await s3.send(new CreateBucketCommand({ Bucket: config.documentsBucket }));
  const outbox = createOutboxMailer(() => undefined);
  const deps: Deps = {
    config,
    log: createLogger('error', () => undefined),
    metrics: createMemoryMetrics(),
    ...createStorage(config),
    scanner: { scan: async () => 'clean' },
    mailer: outbox,
    outbox,
    // Time moves on from NOW as the run goes, so events keep their order and the demo programmes stay open.
    clock: () => new Date(NOW.getTime() + Math.floor(performance.now())),
    otpSecret: otpSecretSource(config),
    clientIp: (c) => c.req.header('x-bench-client-ip') ?? '203.0.113.1',
  };
  await seedDemoData(deps.store, NOW);
  return { config, deps, app: createApp(deps), db: createDynamoClient(config), s3 };
}

const HEADERS = { 'Content-Type': 'application/json', Origin: SITE_ORIGIN };

/** Signs in through the real routes (code from the outbox), from its own address so rate limits do not mix people. */
export async function signIn(world: World, email: string, ip: string): Promise<string> {
  const headers = { ...HEADERS, 'x-bench-client-ip': ip };
  const asked = await world.app.request('/api/auth/code', { method: 'POST', headers, body: JSON.stringify({ email }) });
  if (asked.status !== 202) throw new Error(`code for ${email}: ${asked.status}`);
  const mail = world.deps.outbox?.list().findLast((m) => m.to === email);
  const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
  const res = await world.app.request('/api/auth/session', { method: 'POST', headers, body: JSON.stringify({ email, code }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`session for ${email}: ${res.status}`);
  return cookie;
}

/** A JSON request as the signed-in person. */
export function as(world: World, cookie: string) {
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    world.app.request(path, {
      method: init.method ?? 'GET',
      headers: { ...HEADERS, Cookie: cookie },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
}
