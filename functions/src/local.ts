/**
 * The embedded local stack behind `npm start`: DynamoDB Local and s3rver with data
 * under .data/, the demo data seeded once, and the API plus the built SPA served
 * at http://localhost:3000. `--dev` serves the SPA through Vite with hot reload.
 * Ctrl-C or SIGTERM stops everything, the Java child process included.
 */
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from './app';
import { otpSecretSource } from './auth/secrets';
import { loadConfig, loadLocalConfig } from './config';
import type { AppEnv } from './deps';
import { DEMO_MANAGER_EMAIL } from './local/demo-data';
import { requireJava } from './local/dynamodb-local';
import { LocalStackError } from './local/errors';
import { assertPortFree, freePort } from './local/free-port';
import { localSecret } from './local/secret';
import { seedDemoData } from './local/seed';
import { ensureSpaBuilt } from './local/spa';
import { LOCAL_REGION, startEmulators } from './local/stack';
import { CLAMAV_TEST_DATABASE, clamscanAvailable, createClamavScanner, createTypeCheckOnlyScanner } from './local/clamav-scanner';
import { createLogger } from './logger';
import { createOutboxMailer } from './mail/outbox-mailer';
import { createMemoryMetrics } from './observability/metrics';
import { createFixtureRegistry } from './registry/fixture-registry';
import { notFoundHandler } from './middleware/problem';
import { securityHeaders } from './middleware/security';
import { createStorage } from './wiring';

const TABLE = 'guichet';
const BUCKET = 'guichet-documents';
const VITE_PORT = 5173;

const cleanups: (() => Promise<void>)[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const root = process.cwd();
  const dev = process.argv.includes('--dev');
  const local = loadLocalConfig();
  const say = (line: string) => console.log(line);

  await assertPortFree(local.port, `stop the other server or choose another port, e.g. PORT=${local.port + 1} npm start.`);
  requireJava();
  const dist = dev ? null : await ensureSpaBuilt(root, say);

  const dataDir = resolve(root, local.dataDir);
  const siteOrigins = [`http://localhost:${local.port}`, `http://127.0.0.1:${local.port}`];
  if (dev) siteOrigins.push(`http://localhost:${VITE_PORT}`, `http://127.0.0.1:${VITE_PORT}`);

  const emulators = await startEmulators({
    dynamoPort: await freePort(),
    dynamoDataDir: resolve(dataDir, 'dynamodb'),
    s3Directory: resolve(dataDir, 's3'),
    bucket: BUCKET,
    tableName: TABLE,
    siteOrigins,
  });
  cleanups.push(emulators.stop);
  // Last resort if the process dies without running the async cleanups.
  process.once('exit', () => {
    if (stopping) return;
    try {
      process.kill(emulators.dynamoPid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  });

  const config = loadConfig({
    APP_MODE: 'local',
    TABLE_NAME: TABLE,
    DOCUMENTS_BUCKET: BUCKET,
    DOCUMENTS_BUCKET_ORIGIN: emulators.s3Endpoint,
    SITE_ORIGIN: siteOrigins.join(','),
    MAIL_FROM: 'ne-pas-repondre@demo.example.org',
    ADMIN_EMAILS: local.adminEmails ?? DEMO_MANAGER_EMAIL,
    AWS_REGION: LOCAL_REGION,
    DYNAMODB_ENDPOINT: emulators.dynamodbEndpoint,
    S3_ENDPOINT: emulators.s3Endpoint,
    LOG_LEVEL: local.logLevel,
    OTP_SECRET: localSecret(resolve(dataDir, 'otp-secret')),
    SITE_CONFIG: local.siteConfig,
  });
  const log = createLogger(config.logLevel);
  const outbox = createOutboxMailer();
  const storage = createStorage(config);
  const seeded = await seedDemoData(storage.store, new Date());
  const clamav = clamscanAvailable();
  if (!clamav) say('guichet: ClamAV not found (apt-get install clamav): uploads are marked clean on their type check only.');

  const api = createApp({
    config,
    log,
    metrics: createMemoryMetrics(),
    ...storage,
    scanner: clamav ? createClamavScanner({ databasePath: resolve(root, CLAMAV_TEST_DATABASE) }) : createTypeCheckOnlyScanner(log),
    mailer: outbox,
    outbox,
    clock: () => new Date(),
    // The SIRET lookup reads the shipped fixture: no network on the local stack.
    companies: createFixtureRegistry(),
    otpSecret: otpSecretSource(config),
    clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
  });
  // The API keeps its own router: mixing the SPA's catch-all routes into it would
  // hide which API route matched, and the role table decides on exactly that.
  const server = new Hono<AppEnv>();
  server.use(securityHeaders({ documentsBucketOrigin: config.documentsBucketOrigin, https: false }));
  server.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  if (dist) {
    server.use('*', serveStatic({ root: dist }));
    server.get('*', serveStatic({ root: dist, path: 'index.html' }));
  }
  server.notFound(notFoundHandler);

  const http = serve({ fetch: server.fetch, port: local.port, hostname: '127.0.0.1' });
  cleanups.push(() => new Promise<void>((done) => http.close(() => done())));
  http.once('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${local.port} is already in use.` : `Server error: ${error.message}`);
    void shutdown(1);
  });

  if (dev) {
    const { createServer } = await import('vite');
    const vite = await createServer({ configFile: resolve(root, 'frontend/vite.config.ts') });
    await vite.listen(VITE_PORT);
    cleanups.push(() => vite.close());
  }

  say(
    [
      '',
      `Guichet is running at ${dev ? `http://localhost:${VITE_PORT} (Vite, hot reload; API on ${local.port})` : `http://localhost:${local.port}`}`,
      `  data:    ${local.dataDir}/ (${seeded.programsCreated > 0 ? 'demo data seeded' : 'existing data'}) — delete it to reset`,
      `  outbox:  http://localhost:${local.port}/api/dev/outbox (one-time codes and notifications)`,
      `  staff:   ${DEMO_MANAGER_EMAIL} (manager), instructrice@demo.example.org (reviewer)`,
      '  Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  if (error instanceof LocalStackError) console.error(`guichet: ${error.message}`);
  else console.error('guichet: failed to start', error);
  await shutdown(1);
});
