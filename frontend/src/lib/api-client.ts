/**
 * The SPA's only HTTP client. Calls go through `api`, a typed `hc` client whose paths,
 * parameters and answers come from the API's own route schemas (`AppType`), so a
 * response type is written once, on the server. Every request goes through `send()`,
 * which sends the session cookie, asks for JSON, turns RFC 9457 problem responses into
 * `ApiError` and reports a 401 to a single handler, so no page deals with sessions itself.
 */
import { hc, type ClientResponse, type InferResponseType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
// Type-only: the server's code never reaches the bundle, only the shape of its routes.
import type { AppType } from '../../../functions/src/app';

/** Prefix of every API path: the API is served on the SPA's own origin. */
export const API_BASE = '/api';

/** What `send()` does with a 401: reject and tell the handler, or hand the answer back (`getMe`). */
type Unauthorized = 'reject' | 'answer';

/** Query values escaped as `encodeURIComponent` does (a space is `%20`, not `+`), as the SPA has always sent them. */
class PercentEncodedParams extends URLSearchParams {
  override toString(): string {
    return [...this].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  }
}

/** `hc` leaves out undefined values; so does this. */
function percentEncoded(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new PercentEncodedParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) params.append(key, item);
  }
  return params;
}

/**
 * The typed API, rooted at `/api` on the SPA's own origin (the route types carry the
 * `/api` prefix, hence the `/` base). Path parameters are not escaped by `hc`: pass
 * them through `encodeURIComponent`.
 */
export const api = hc<AppType>('/', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => send(input, init, 'reject'),
  buildSearchParams: percentEncoded,
}).api;

/** For the one call where a 401 is an answer, not an error: pass as the call's options. */
export const unauthorizedIsAnAnswer = {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => send(input, init, 'answer'),
};

/** The problem+json body the API answers with; its schema lives with the routes. */
type ProblemBody = InferResponseType<typeof api.me.$get, 401>;

/** One field-level problem, with its message in both interface languages. */
export type FieldError = NonNullable<ProblemBody['errors']>[number];

/** The RFC 9457 members the SPA relies on. */
export interface Problem extends Pick<ProblemBody, 'type' | 'title' | 'status' | 'detailI18n' | 'errors' | 'currentVersion'> {
  /** Absent when a proxy or the network answered instead of the API. */
  detail?: string;
  /** On a 429 or a 503: seconds to wait, from the Retry-After header. */
  retryAfterSeconds?: number;
}

/** A failed API call; `status` is 0 when the network failed before any response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly detailI18n: { fr: string; en: string } | undefined;
  readonly currentVersion: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.type = problem.type;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.detailI18n = problem.detailI18n;
    this.currentVersion = problem.currentVersion;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }
}

let unauthorizedHandler: (() => void) | undefined;

/**
 * Registers what happens when the session is missing or expired (for example,
 * send the user to sign in). One handler for the whole app; returns a function
 * that removes it.
 */
export function onUnauthorized(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = undefined;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    isRecord(value.message) &&
    typeof value.message.fr === 'string' &&
    typeof value.message.en === 'string'
  );
}

/** Builds a Problem from any error body; proxies and gateways may answer with HTML or nothing. */
async function readProblem(response: Response): Promise<Problem> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^application\/(problem\+)?json/i.test(contentType)) return fallback;
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body)) return fallback;
  return {
    type: typeof body.type === 'string' ? body.type : fallback.type,
    title: typeof body.title === 'string' ? body.title : fallback.title,
    status: response.status,
    ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
    ...(Array.isArray(body.errors) ? { errors: body.errors.filter(isFieldError) } : {}),
    ...(isRecord(body.detailI18n) && typeof body.detailI18n.fr === 'string' && typeof body.detailI18n.en === 'string'
      ? { detailI18n: { fr: body.detailI18n.fr, en: body.detailI18n.en } }
      : {}),
    ...(typeof body.currentVersion === 'number' ? { currentVersion: body.currentVersion } : {}),
    ...(fallback.retryAfterSeconds ? { retryAfterSeconds: fallback.retryAfterSeconds } : {}),
  };
}

/**
 * Sends one request with the session cookie and `Accept: application/json`. Resolves
 * with a 2xx response; anything else rejects with `ApiError`. The global `fetch` is
 * read at each call, so a test can replace it.
 */
async function send(input: RequestInfo | URL, init: RequestInit = {}, unauthorized: Unauthorized = 'reject'): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }, { cause });
  }
  if (response.ok || (response.status === 401 && unauthorized === 'answer')) return response;
  if (response.status === 401) unauthorizedHandler?.();
  throw new ApiError(await readProblem(response));
}

/** The body of a call's 2xx answers: `send()` has turned every other status into an `ApiError`. */
export type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/** Awaits a typed call and returns its JSON body, typed by the route's response schema. */
export async function data<R extends ClientResponse<unknown, number>>(call: Promise<R>): Promise<SuccessBody<R>> {
  const response = await call;
  return (await response.json()) as SuccessBody<R>;
}

/** Calls the API by path and returns the parsed JSON body, for what the typed client does not cover. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(`${API_BASE}${path}`, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
