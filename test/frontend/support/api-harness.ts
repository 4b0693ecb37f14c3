/**
 * The one stand-in for the API in the component tests. A test gives a table of
 * handlers ("METHOD /api/path", with `:name` segments or an exact `?query` if it
 * needs them); the harness replaces `fetch`, records every request and checks
 * every answer against the real app's OpenAPI routes (createApp from
 * functions/src/app.ts, built with deps that are never called):
 * - a request for a path and method the API does not serve fails the test;
 * - a JSON body must parse with the route's response schema for that status,
 *   with no member the schema does not know (a field the server renamed or
 *   dropped fails here, not in production);
 * - a problem+json body must match the route's problem schema for that status, or
 *   the shape problemJson() writes when the route does not document the status;
 * - a 204 or a non-JSON answer must be one the route documents.
 * A fixture that drifts from the server therefore fails the test that uses it.
 *
 * A failure is thrown into the SPA (which would hide it as a network error) and
 * also kept, so test/frontend/setup.ts fails the test with the message after it
 * ends. An answer that does not come from the API (a gateway's HTML page) is
 * declared with `notFromApi()` and passes unchecked; a handler that throws is a
 * network failure.
 */
import { vi } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../../functions/src/app';
import { loadConfig } from '../../../functions/src/config';
import type { Deps } from '../../../functions/src/deps';
import type { Problem } from '../../../functions/src/middleware/problem';

/** A request the SPA made: `path` without the query, `url` with it, `body` parsed from JSON. */
export type Call = {
  method: string;
  path: string;
  url: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
  credentials: RequestCredentials | undefined;
};

/** What a handler is given besides the body: the query and the `:name` segments of its key. */
export type ApiRequest = Call & { params: Record<string, string> };

export type Handler = (body: unknown, request: ApiRequest) => Response | Promise<Response>;

/** Handlers keyed "METHOD /api/path", "METHOD /api/things/:id" or "METHOD /api/path?exact=query". */
export type Handlers = Record<string, Handler>;

type ResponseEntry = { content?: Record<string, { schema?: unknown }> };
type Route = { method: string; template: string; pattern: RegExp; responses: Record<string, ResponseEntry> };

const unused = (name: string): never =>
  new Proxy(() => undefined, {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      throw new Error(`The API harness only reads the route schemas, yet deps.${name}.${String(key)} was used`);
    },
    apply: () => {
      throw new Error(`The API harness only reads the route schemas, yet deps.${name}() was called`);
    },
  }) as never;

// The real parser, from the least a local stack needs: a setting the app gains later needs no change here.
const config = loadConfig({
  APP_MODE: 'local',
  TABLE_NAME: 'unused',
  DOCUMENTS_BUCKET: 'unused',
  DOCUMENTS_BUCKET_ORIGIN: 'http://127.0.0.1:4569',
  SITE_ORIGIN: 'http://localhost:3000',
  MAIL_FROM: 'ne-pas-repondre@test.example.org',
  LOG_LEVEL: 'error',
  OTP_SECRET: 'unused-unused-unused-unused-unused',
});

let routeTable: Route[] | undefined;

/** The API's routes as the real app declares them; nothing in createApp calls its deps. */
export function apiRoutes(): Route[] {
  if (routeTable) return routeTable;
  // Every dependency but the config refuses use; `outbox` stays absent, so the local-only routes are not mounted.
  const deps = new Proxy({ config } as Deps, {
    get: (target, key) => (key in target ? target[key as keyof Deps] : key === 'outbox' ? undefined : unused(String(key))),
  });
  const app = createApp(deps);
  routeTable = app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const { method, path, responses } = definition.route;
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return [
      {
        method: method.toUpperCase(),
        template: path,
        pattern: new RegExp(`^${source}$`),
        responses: responses as Record<string, ResponseEntry>,
      },
    ];
  });
  return routeTable;
}

const bilingual = z.object({ fr: z.string(), en: z.string() }).strict();

/** What problemJson() in functions/src/middleware/problem.ts writes; `satisfies` keeps the two in step. */
const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    detailI18n: bilingual.optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: bilingual }).strict()).optional(),
    currentVersion: z.number().int().optional(),
  })
  .strict() satisfies z.ZodType<Problem>;

const exempt = new WeakSet<Response>();

/** Marks an answer that does not come from the API (a proxy's error page, say): the harness passes it unchecked. */
export function notFromApi(response: Response): Response {
  exempt.add(response);
  return response;
}

/** A JSON answer as the API sends it (problem+json from 400 on); the harness checks it against the route. */
export function jsonResponse(body: unknown, status = 200): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** An RFC 9457 answer with a bilingual detail, field errors, the stored version and headers, like the API's. */
export function problem(
  status: number,
  detail: { fr: string; en: string },
  extra: { errors?: Problem['errors']; currentVersion?: number; headers?: Record<string, string> } = {},
): Response {
  const { headers, ...members } = extra;
  const body: Problem = { type: 'about:blank', title: 'Error', status, detail: detail.fr, detailI18n: detail, ...members };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

/** The 204 of a DELETE. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The requests sent to one method and path (query left out). */
export function sent(calls: Call[], method: string, path: string): Call[] {
  return calls.filter((call) => call.method === method && call.path === path);
}

const violations: string[] = [];

/** The harness failures of the test that just ran, cleared; test/frontend/setup.ts throws them. */
export function takeApiViolations(): string[] {
  return violations.splice(0);
}

class ApiHarnessError extends Error {
  override readonly name = 'ApiHarnessError';
}

function fail(message: string): never {
  violations.push(message);
  throw new ApiHarnessError(message);
}

/** Members of `input` that the schema dropped from its output: fields the route does not have. */
function unknownMembers(input: unknown, output: unknown, at = ''): string[] {
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((item, i) => unknownMembers(item, output[i], `${at}[${i}]`));
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null) return [];
  return Object.entries(input).flatMap(([key, value]) => {
    const path = at ? `${at}.${key}` : key;
    return key in output ? unknownMembers(value, (output as Record<string, unknown>)[key], path) : [path];
  });
}

function checkBody(schema: z.ZodType, body: unknown, what: string): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) fail(`${what} does not match the schema:\n${z.prettifyError(parsed.error)}`);
  const extra = unknownMembers(body, parsed.data);
  if (extra.length > 0) fail(`${what} has members the schema does not know: ${extra.join(', ')}`);
}

async function checkAnswer(route: Route, request: string, response: Response): Promise<void> {
  const status = response.status;
  const documented = route.responses[String(status)];
  const label = `${request} (route ${route.method} ${route.template}) answered ${status}`;
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const text = await response.clone().text();
  if (status === 204) {
    if (!documented) fail(`${label}, a status this route never gives (it documents ${Object.keys(route.responses).join(', ')})`);
    if (text !== '') fail(`${label} with a body; a 204 has none`);
    return;
  }
  if (status >= 400) {
    // Any route can also fail through the middleware (401, 403, 413, a 409 after retries, a 500), so the status is not checked against the route's list.
    if (contentType !== 'application/problem+json')
      fail(`${label} as ${contentType || 'no content type'}; API errors are application/problem+json`);
    const body = JSON.parse(text) as { status?: unknown };
    // The route's own problem schema when it documents this status with one, else the shape problemJson() writes.
    const routeSchema = documented?.content?.['application/problem+json']?.schema;
    checkBody(routeSchema instanceof z.ZodType ? routeSchema : problemSchema, body, `The problem in ${label}`);
    if (body.status !== status) fail(`${label} with a problem whose status is ${String(body.status)}`);
    return;
  }
  const content = documented?.content ?? {};
  if (!(contentType in content)) {
    const known = Object.entries(route.responses).flatMap(([code, entry]) =>
      Object.keys(entry.content ?? {}).map((type) => `${code} ${type}`),
    );
    fail(`${label} as ${contentType || 'no content type'}; the route answers ${known.join(', ') || 'nothing documented'}`);
  }
  if (contentType !== 'application/json') return;
  const schema = content[contentType]?.schema;
  if (!(schema instanceof z.ZodType)) fail(`${label}: the route's JSON answer has no zod schema to check against`);
  checkBody(schema, JSON.parse(text) as unknown, `The body of ${label}`);
}

function keyPattern(key: string): { method: string; pattern: RegExp; query: string | null; names: string[] } {
  const [method = '', target = ''] = key.split(' ');
  const [path = '', query = null] = target.split('?');
  const names: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), query, names };
}

function findHandler(handlers: Handlers, method: string, path: string, search: string) {
  const candidates = Object.entries(handlers).map(([key, handler]) => ({ key, handler, ...keyPattern(key) }));
  const matches = candidates.flatMap((candidate) => {
    if (candidate.method !== method) return [];
    const found = path.match(candidate.pattern);
    if (!found) return [];
    if (candidate.query !== null && new URLSearchParams(candidate.query).toString() !== new URLSearchParams(search).toString()) return [];
    const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
    return [{ ...candidate, params }];
  });
  // An exact query beats none; a literal path beats one with `:name` segments.
  matches.sort((a, b) => Number(b.query !== null) - Number(a.query !== null) || a.names.length - b.names.length);
  return matches[0];
}

async function readBody(input: RequestInfo | URL, init?: RequestInit): Promise<unknown> {
  const raw = init?.body !== undefined ? init.body : input instanceof Request ? await input.clone().text() : undefined;
  if (typeof raw !== 'string' || raw === '') return undefined;
  return JSON.parse(raw) as unknown;
}

/**
 * Replaces `fetch` for this test with the given handlers; returns the requests
 * made, in order. Each answer is checked against the API's routes as described above.
 */
export function stubApi(handlers: Handlers): Call[] {
  const routes = apiRoutes();
  for (const key of Object.keys(handlers)) {
    const { method } = keyPattern(key);
    // A key's own path, with `:name` segments filled, must be a path the API serves.
    const sample = (key.split(' ')[1]?.split('?')[0] ?? '').replace(/:(\w+)/g, 'x');
    if (!routes.some((route) => route.method === method && route.pattern.test(sample))) {
      throw new ApiHarnessError(`"${key}": the API has no such route (see functions/src/routes)`);
    }
  }
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const body = await readBody(input, init);
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init?.headers).forEach((value, name) => {
      headers.set(name, value);
    });
    const credentials = init?.credentials ?? (input instanceof Request ? input.credentials : undefined);
    const call: Call = {
      method,
      path: url.pathname,
      url: `${url.pathname}${url.search}`,
      query: url.searchParams,
      body,
      headers,
      credentials,
    };
    calls.push(call);
    const request = `${method} ${call.url}`;
    const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname));
    if (!route) fail(`The SPA sent ${request}, which no route of the API serves (see functions/src/routes)`);
    const match = findHandler(handlers, method, url.pathname, url.search);
    if (!match) fail(`The SPA sent ${request}, which this test gives no answer to: add a "${method} ${url.pathname}" handler`);
    const response = await match.handler(body, { ...call, params: match.params });
    if (!exempt.has(response)) await checkAnswer(route, request, response);
    return response;
  });
  return calls;
}
