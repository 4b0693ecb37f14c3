/**
 * The SPA's only HTTP client. Every call goes through `request()`, which sends the
 * session cookie, asks for JSON, turns RFC 9457 problem responses into `ApiError`
 * and reports a 401 to a single handler, so no page deals with sessions itself.
 */
import type {
  Application,
  ApplicationDocument,
  ApplicationPatch,
  Message,
  TimelineEvent,
} from '../../../functions/src/domain/application';
import type { StepStates } from '../../../functions/src/domain/application-steps';
import type { EligibilityAnswersInput, EligibilityResult } from '../../../functions/src/domain/eligibility';
import type { Role } from '../../../functions/src/domain/lifecycle';
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
  /** The detail in both languages, when the API gives it. */
  detailI18n?: { fr: string; en: string };
  errors?: FieldError[];
  /** On a 409 for a stale write: the version now stored. */
  currentVersion?: number;
  /** On a 429: seconds to wait, from the Retry-After header. */
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

const json = (body: unknown): RequestInit => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const id = (value: string) => encodeURIComponent(value);

/** The instant verdict, from the same engine the API runs at submission. */
export function checkEligibility(programId: string, answers: EligibilityAnswersInput): Promise<EligibilityResult> {
  return request<EligibilityResult>(`/programs/${id(programId)}/eligibility`, { method: 'POST', ...json(answers) });
}

// ── Sign-in ────────────────────────────────────────────────────────────────

/** The signed-in user. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: 'fr' | 'en';
}

/** Sends a one-time code; the answer is the same whether or not the address is known. */
export function requestCode(email: string, locale: 'fr' | 'en'): Promise<{ sentTo: string; resendAfterSeconds: number; expiresInSeconds: number }> {
  return request(`/auth/code`, { method: 'POST', ...json({ email, locale }) });
}

export function signIn(email: string, code: string): Promise<Me> {
  return request<Me>(`/auth/session`, { method: 'POST', ...json({ email, code }) });
}

export function signOut(): Promise<void> {
  return request<void>(`/auth/session`, { method: 'DELETE' });
}

/** The current user, or null when nobody is signed in (a 401 here is an answer, not an error). */
export async function getMe(): Promise<Me | null> {
  const response = await fetch(`${API_BASE}/me`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (response.status === 401) return null;
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as Me;
}

// ── Applications ───────────────────────────────────────────────────────────

/** An application with its documents and the state of each step, as every application route returns it. */
export interface ApplicationView {
  application: Application;
  documents: ApplicationDocument[];
  steps: StepStates;
  editable: boolean;
}

export interface ApplicationSummary {
  id: string;
  programId: string;
  programTitle: { fr: string; en: string };
  status: Application['status'];
  reference: string | null;
  amountRequestedCents: number | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export function listMyApplications(cursor?: string): Promise<{ items: ApplicationSummary[]; cursor: string | null }> {
  return request(`/applications${cursor ? `?cursor=${id(cursor)}` : ''}`);
}

/** Starts a draft, pre-filled with the eligibility answers when the wizard gave them. */
export function createApplication(programId: string, eligibility?: EligibilityAnswersInput): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications`, { method: 'POST', ...json({ programId, ...(eligibility ? { eligibility } : {}) }) });
}

export function getApplication(applicationId: string): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications/${id(applicationId)}`);
}

/** Autosave: rejects with a 409 `ApiError` carrying `currentVersion` when another tab saved first. */
export function saveApplication(applicationId: string, patch: ApplicationPatch): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications/${id(applicationId)}`, { method: 'PATCH', ...json(patch) });
}

export function transitionApplication(applicationId: string, event: 'submit' | 'withdraw'): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications/${id(applicationId)}/transitions`, { method: 'POST', ...json({ event }) });
}

export async function listEvents(applicationId: string): Promise<TimelineEvent[]> {
  return (await request<{ items: TimelineEvent[] }>(`/applications/${id(applicationId)}/events`)).items;
}

export async function listMessages(applicationId: string): Promise<Message[]> {
  return (await request<{ items: Message[] }>(`/applications/${id(applicationId)}/messages`)).items;
}

export function postMessage(applicationId: string, body: string): Promise<Message> {
  return request<Message>(`/applications/${id(applicationId)}/messages`, { method: 'POST', ...json({ body }) });
}

// ── Documents ──────────────────────────────────────────────────────────────

export interface UploadTicket {
  document: ApplicationDocument;
  upload: { url: string; fields: Record<string, string> };
  expiresInSeconds: number;
}

export function declareUpload(
  applicationId: string,
  file: { type: ApplicationDocument['type']; filename: string; contentType: string; size: number },
): Promise<UploadTicket> {
  return request<UploadTicket>(`/applications/${id(applicationId)}/documents`, { method: 'POST', ...json(file) });
}

/**
 * Posts the file straight to storage with the presigned form. XHR rather than
 * fetch, because only XHR reports upload progress.
 */
export function uploadToStorage(ticket: UploadTicket, file: Blob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    for (const [key, value] of Object.entries(ticket.upload.fields)) form.append(key, value);
    form.append('file', file);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new ApiError({ type: 'about:blank', title: 'Upload failed', status: xhr.status || 0 }));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 })));
    xhr.addEventListener('abort', () => reject(new ApiError({ type: 'about:blank', title: 'Upload cancelled', status: 0 })));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.open('POST', ticket.upload.url);
    xhr.send(form);
  });
}

/** Asks the API to check the uploaded bytes: the document comes back verified or rejected with a reason. */
export function completeUpload(applicationId: string, documentId: string): Promise<ApplicationDocument> {
  return request<ApplicationDocument>(`/applications/${id(applicationId)}/documents/${id(documentId)}/complete`, { method: 'POST' });
}

export function documentDownloadUrl(applicationId: string, documentId: string): Promise<{ url: string; expiresInSeconds: number }> {
  return request(`/applications/${id(applicationId)}/documents/${id(documentId)}/download`);
}

export function deleteDocument(applicationId: string, documentId: string): Promise<void> {
  return request<void>(`/applications/${id(applicationId)}/documents/${id(documentId)}`, { method: 'DELETE' });
}
