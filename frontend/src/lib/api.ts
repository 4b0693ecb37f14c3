/**
 * The SPA's only HTTP client. Every call goes through `request()`, which sends the
 * session cookie, asks for JSON, turns RFC 9457 problem responses into `ApiError`
 * and reports a 401 to a single handler, so no page deals with sessions itself.
 */
import type { Program, ProgramSummary } from '../../../functions/src/domain/program';

/** Prefix of every API path: the API is served on the SPA's own origin. */
export const API_BASE = '/api';

/** One field-level problem, with its message in both interface languages. */
export interface FieldError {
  path: string;
  message: { fr: string; en: string };
}

/** The RFC 9457 members the SPA relies on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

/** A failed API call; `status` is 0 when the network failed before any response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.type = problem.type;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
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
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
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
  };
}

/** Calls the API and returns the parsed JSON body; any non-2xx answer rejects with `ApiError`. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }, { cause });
  }
  if (!response.ok) {
    if (response.status === 401) unauthorizedHandler?.();
    throw new ApiError(await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Open programmes, for the home page. */
export async function listPrograms(): Promise<ProgramSummary[]> {
  const body = await request<{ items: ProgramSummary[] }>('/programs');
  return body.items;
}

/** One programme with its rules and required documents; rejects with a 404 `ApiError` if unknown. */
export function getProgram(programId: string): Promise<Program> {
  return request<Program>(`/programs/${encodeURIComponent(programId)}`);
}
