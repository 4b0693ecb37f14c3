/**
 * `npm run smoke` against the real local stack (functions/src/local.ts: DynamoDB Local,
 * s3rver, the built SPA), started here on a free loopback port with its own data
 * folder and stopped by its PID afterwards; and against servers that are broken on
 * purpose, to see it fail with one line. Needs Java (DynamoDB Local), so it belongs
 * with the tests that start emulators, not with the emulator-free unit tests.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';
import { parseSmokeArgs, smoke, SmokeFailure } from '../../infra/smoke';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const SMOKE = join(REPO_ROOT, 'infra/smoke.ts');
const EMAIL = 'smoke.test@demo.example.org';

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function until(
  check: () => Promise<boolean>,
  gone: () => boolean,
  timeoutMs: number,
  what: string,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    if (gone()) throw new Error(`${what}: it exited; output:\n${log()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s; output:\n${log()}`);
}

let stack: ChildProcess | undefined;
let stackOutput = '';
let dataDir: string;
let base: URL;

beforeAll(async () => {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'guichet-smoke-'));
  base = new URL(`http://127.0.0.1:${port}`);
  // One process (node with tsx's loader), so its PID is the server's and SIGTERM
  // reaches its own shutdown, which stops the DynamoDB Local child too.
  stack = spawn(process.execPath, ['--import', 'tsx', 'functions/src/local.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
      PORT: String(port),
      DATA_DIR: dataDir,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stack.stdout!.on('data', (chunk: Buffer) => (stackOutput += chunk.toString()));
  stack.stderr!.on('data', (chunk: Buffer) => (stackOutput += chunk.toString()));
  // Starting may include a Vite build of the SPA when frontend/dist is stale.
  await until(
    async () => (await fetch(new URL('/api/health', base))).ok,
    () => stack?.exitCode !== null,
    240_000,
    'the local stack did not answer /api/health',
    () => stackOutput.slice(-3000),
  );
}, 300_000);

afterAll(async () => {
  if (stack?.pid && stack.exitCode === null) {
    const exited = new Promise<void>((done) => stack!.once('exit', () => done()));
    process.kill(stack.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (stack?.exitCode === null && stack.pid) process.kill(stack.pid, 'SIGKILL');
    }, 20_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('against the local stack', () => {
  it('passes every check, and the sign-in code lands in the outbox', async () => {
    const lines = await smoke(base, { email: EMAIL });
    expect(lines).toEqual([
      'ok   site: CSP, nosniff, framing, referrer, permissions, COOP, CORP (no HSTS over http)',
      'ok   health: table and bucket answer',
      expect.stringMatching(/^ok {3}programmes: \d+ open$/),
      `ok   sign-in code: code requested for ${EMAIL}`,
    ]);
    const outbox = (await (await fetch(new URL(`/api/dev/outbox?to=${EMAIL}`, base))).json()) as {
      items: { to: string; text: string }[];
    };
    expect(outbox.items.length).toBeGreaterThanOrEqual(1);
    expect(outbox.items[0]!.text).toMatch(/\d{6}/);
  });

  it('says so when the sign-in check is skipped for want of an address', async () => {
    const lines = await smoke(base);
    expect(lines.at(-1)).toBe('ok   sign-in code: skipped: no --email or GUICHET_SMOKE_EMAIL');
  });

  it('runs as `npm run smoke -- <url> --email …`: one line per check and OK, exit 0', async () => {
    // Another address: the first has just had a code, and the API makes it wait before the next.
    const { stdout } = await run(TSX, [SMOKE, base.href, '--email', 'smoke.cli@demo.example.org'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 60_000,
    });
    expect(stdout.trim().split('\n')).toHaveLength(5);
    expect(stdout.trim().split('\n').at(-1)).toBe(`smoke: ${base.origin} OK`);
  }, 90_000);
});

describe('against broken sites', () => {
  let server: Server;
  let brokenBase: URL;
  /** Pretends to be the site, with whatever headers and statuses each test sets. */
  let respond: (path: string) => { status: number; type: string; body: string; headers?: Record<string, string> };

  beforeAll(async () => {
    server = createServer((request, response) => {
      const answer = respond(request.url ?? '/');
      response.writeHead(answer.status, { 'content-type': answer.type, ...answer.headers });
      response.end(answer.body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    brokenBase = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const html = '<!doctype html><script type="module" src="/assets/index-abc.js"></script>';
  const goodHeaders = {
    'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=()',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };

  it('fails on a page without its CSP', async () => {
    respond = () => ({ status: 200, type: 'text/html', body: html, headers: { ...goodHeaders, 'content-security-policy': '' } });
    await expect(smoke(brokenBase)).rejects.toThrow(new SmokeFailure('GET / has no Content-Security-Policy'));
  });

  it('fails on an empty site (the SPA was never built)', async () => {
    respond = () => ({ status: 200, type: 'text/html', body: '<!doctype html><p>nothing</p>', headers: goodHeaders });
    await expect(smoke(brokenBase)).rejects.toThrow(/without a script/);
  });

  it('fails when the health check reports a dependency down', async () => {
    respond = (path) =>
      path === '/api/health'
        ? { status: 503, type: 'application/json', body: '{"status":"degraded","checks":{"table":"error","bucket":"ok"}}' }
        : { status: 200, type: 'text/html', body: html, headers: goodHeaders };
    await expect(smoke(brokenBase)).rejects.toThrow(/GET \/api\/health answered 503 .*"table":"error"/);
  });

  it('exits 1 with a single line when nothing listens', async () => {
    const closed = await freePort();
    const outcome = await run(TSX, [SMOKE, `http://127.0.0.1:${closed}`], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^smoke: FAILED GET \/ did not answer/);
  }, 90_000);
});

describe('arguments', () => {
  it.each([
    [['https://guichet.example.org'], {}, 'https://guichet.example.org/', undefined],
    [['https://guichet.example.org', '--email', 'a@b.fr'], {}, 'https://guichet.example.org/', 'a@b.fr'],
    [['--email=a@b.fr', 'https://guichet.example.org'], {}, 'https://guichet.example.org/', 'a@b.fr'],
    [['https://guichet.example.org'], { GUICHET_SMOKE_EMAIL: 'c@d.fr' }, 'https://guichet.example.org/', 'c@d.fr'],
  ])('%j with %j', (argv, env, url, email) => {
    const parsed = parseSmokeArgs(argv, env);
    expect([parsed.base.href, parsed.email]).toEqual([url, email]);
  });

  it.each([[[]], [['ftp://x']], [['not a url']], [['https://a', 'https://b']], [['https://a', '--email']]])('refuses %j', (argv) => {
    expect(() => parseSmokeArgs(argv, {})).toThrow(SmokeFailure);
  });
});
