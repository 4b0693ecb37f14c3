/**
 * `npm run smoke -- https://d111111abcdef8.cloudfront.net [--email test@example.org]`
 *
 * The post-deploy check: the SPA loads with its security headers, the API answers
 * its health check (a real table read and bucket request) and the public programme
 * list, and a sign-in code can be requested. The address comes from `--email` or
 * GUICHET_SMOKE_EMAIL; in AWS it must be one SES can deliver to (a verified address
 * while the account is in the sandbox), and one address may ask five codes an hour.
 * Prints one line per check; on the first failure prints one line saying why and
 * exits 1.
 */
import { pathToFileURL } from 'node:url';

export class SmokeFailure extends Error {
  override name = 'SmokeFailure';
}

export interface SmokeOptions {
  /** A test mailbox for the sign-in code; without one that check is skipped, and said so. */
  readonly email?: string;
  /** Per request. @default 10 s */
  readonly timeoutMs?: number;
}

type Check = { readonly name: string; readonly run: () => Promise<string | undefined> };

function fail(reason: string): never {
  throw new SmokeFailure(reason);
}

async function get(url: URL, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    fail(`${init.method ?? 'GET'} ${url.pathname} did not answer (${error instanceof Error ? error.message : String(error)}${cause})`);
  }
}

async function json(response: Response, what: string): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) fail(`${what} answered ${type || 'no content type'}, not JSON`);
  return response.json();
}

function expectStatus(response: Response, expected: number, what: string): void {
  if (response.status !== expected) fail(`${what} answered ${response.status}, expected ${expected}`);
}

/** The headers every HTML answer must carry; HSTS only over https, where browsers honour it. */
function checkSecurityHeaders(headers: Headers, https: boolean): string {
  const csp = headers.get('content-security-policy') || fail('GET / has no Content-Security-Policy');
  if (!csp.includes("default-src 'self'")) fail(`GET / has a Content-Security-Policy without default-src 'self': ${csp}`);
  if (!csp.includes("frame-ancestors 'none'") && headers.get('x-frame-options') !== 'DENY') {
    fail('GET / may be framed: neither frame-ancestors none nor X-Frame-Options DENY');
  }
  if (headers.get('x-content-type-options') !== 'nosniff') fail('GET / lacks X-Content-Type-Options: nosniff');
  if (!headers.get('referrer-policy')) fail('GET / has no Referrer-Policy');
  for (const header of ['permissions-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy']) {
    if (!headers.get(header)) fail(`GET / has no ${header}`);
  }
  if (https) {
    const hsts = headers.get('strict-transport-security') || fail('GET / has no Strict-Transport-Security over https');
    if (!/max-age=\d{7,}/.test(hsts)) fail(`GET / has a short Strict-Transport-Security: ${hsts}`);
  }
  return https
    ? 'CSP, HSTS, nosniff, framing, referrer, permissions, COOP, CORP'
    : 'CSP, nosniff, framing, referrer, permissions, COOP, CORP (no HSTS over http)';
}

/** Runs every check in order against `base`; resolves with one line per check, or rejects with a SmokeFailure. */
export async function smoke(base: URL, options: SmokeOptions = {}): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const at = (path: string) => new URL(path, base);
  const https = base.protocol === 'https:';

  const checks: Check[] = [
    {
      name: 'site',
      run: async () => {
        const response = await get(at('/'), timeoutMs);
        expectStatus(response, 200, 'GET /');
        const type = response.headers.get('content-type') ?? '';
        if (!type.includes('text/html')) fail(`GET / answered ${type || 'no content type'}, not HTML`);
        const body = await response.text();
        if (!/<script[^>]+src=/.test(body)) fail('GET / is HTML without a script: is the SPA built and deployed?');
        return checkSecurityHeaders(response.headers, https);
      },
    },
    {
      name: 'health',
      run: async () => {
        const response = await get(at('/api/health'), timeoutMs);
        const body = (await json(response, 'GET /api/health')) as { status?: string; checks?: unknown };
        if (response.status !== 200 || body.status !== 'ok') {
          fail(`GET /api/health answered ${response.status} ${JSON.stringify(body)}`);
        }
        return 'table and bucket answer';
      },
    },
    {
      name: 'programmes',
      run: async () => {
        const response = await get(at('/api/programs'), timeoutMs);
        expectStatus(response, 200, 'GET /api/programs');
        const body = (await json(response, 'GET /api/programs')) as { items?: unknown };
        if (!Array.isArray(body.items)) fail('GET /api/programs has no items list');
        return `${body.items.length} open`;
      },
    },
    {
      name: 'sign-in code',
      run: async () => {
        if (!options.email) return 'skipped: no --email or GUICHET_SMOKE_EMAIL';
        const response = await get(at('/api/auth/code'), timeoutMs, {
          method: 'POST',
          // The API refuses a mutating request from another origin, as a browser would send it.
          headers: { 'content-type': 'application/json', origin: base.origin },
          body: JSON.stringify({ email: options.email }),
        });
        if (response.status !== 202) {
          const detail = await response.text().catch(() => '');
          fail(`POST /api/auth/code answered ${response.status}${detail ? ` ${detail.slice(0, 200)}` : ''}`);
        }
        return `code requested for ${options.email}`;
      },
    },
  ];

  const lines: string[] = [];
  for (const check of checks) {
    const detail = await check.run();
    lines.push(`ok   ${check.name}${detail ? `: ${detail}` : ''}`);
  }
  return lines;
}

/** `<url> [--email address]`, the address also from GUICHET_SMOKE_EMAIL. */
export function parseSmokeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { base: URL; email?: string } {
  const rest = [...argv];
  let email = env.GUICHET_SMOKE_EMAIL || undefined;
  const at = rest.findIndex((arg) => arg === '--email' || arg.startsWith('--email='));
  if (at >= 0) {
    const arg = rest[at]!;
    email = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[at + 1];
    rest.splice(at, arg.includes('=') ? 1 : 2);
    if (!email) throw new SmokeFailure('--email needs an address');
  }
  const [url, ...extra] = rest;
  if (!url || extra.length > 0) throw new SmokeFailure('usage: npm run smoke -- https://your-site [--email test@example.org]');
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new SmokeFailure(`not a URL: ${url}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new SmokeFailure(`not an http(s) URL: ${url}`);
  return { base, email };
}

async function main(): Promise<void> {
  try {
    const { base, email } = parseSmokeArgs(process.argv.slice(2), process.env);
    for (const line of await smoke(base, { email })) console.log(line);
    console.log(`smoke: ${base.origin} OK`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`smoke: FAILED ${reason.replace(/\s+/g, ' ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
