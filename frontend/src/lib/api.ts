/**
 * The applicant's side of the API: programmes, sign-in, applications and documents.
 * Every call goes through the typed client of ./api-client, so each answer's type is
 * the route's own response schema, and errors arrive as `ApiError` the same way.
 */
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { ApplicationPatch } from '../../../functions/src/domain/application';
import type { EligibilityAnswersInput } from '../../../functions/src/domain/eligibility-schema';
import { API_BASE, api, ApiError, data, unauthorizedIsAnAnswer } from './api-client';

export { API_BASE, ApiError, onUnauthorized, request, type FieldError, type Problem } from './api-client';

const id = (value: string) => encodeURIComponent(value);

/** Open programmes, for the home page. */
export async function listPrograms() {
  return (await data(api.programs.$get({ query: {} }))).items;
}

/** One programme with its rules and required documents; rejects with a 404 `ApiError` if unknown. */
export function getProgram(programId: string) {
  return data(api.programs[':programId'].$get({ param: { programId: id(programId) } }));
}

/** The instant verdict, from the same engine the API runs at submission. */
export function checkEligibility(programId: string, answers: EligibilityAnswersInput) {
  return data(api.programs[':programId'].eligibility.$post({ param: { programId: id(programId) }, json: answers }));
}

// ── Sign-in ────────────────────────────────────────────────────────────────

/** The signed-in user. */
export type Me = InferResponseType<typeof api.me.$get, 200>;

/** Sends a one-time code; the answer is the same whether or not the address is known. */
export function requestCode(email: string, locale: 'fr' | 'en') {
  return data(api.auth.code.$post({ json: { email, locale } }));
}

export function signIn(email: string, code: string) {
  return data(api.auth.session.$post({ json: { email, code } }));
}

export async function signOut(): Promise<void> {
  await api.auth.session.$delete();
}

/** What the SIRENE register says of an organisation (name, legal form, address, creation date). */
export type Company = InferResponseType<(typeof api.companies)[':siret']['$get'], 200>;

/** Looks a SIRET up in the SIRENE register; rejects with an `ApiError` (404 when unknown or unanswered). */
export function lookupCompany(siret: string) {
  return data(api.companies[':siret'].$get({ param: { siret: id(siret) } }));
}

/** The current user, or null when nobody is signed in (a 401 here is an answer, not an error). */
export async function getMe(): Promise<Me | null> {
  const response = await api.me.$get(undefined, unauthorizedIsAnAnswer);
  if (response.status === 401) return null;
  return response.json();
}

/**
 * Makes `locale` the language of the signed-in person's emails, as they just chose it in
 * the interface. A session that lapsed meanwhile answers 401: the interface still
 * switches, so that is an answer (null), not a reason to send them to sign in.
 */
export async function setAccountLocale(locale: 'fr' | 'en'): Promise<Me | null> {
  const response = await api.me.$patch({ json: { locale } }, unauthorizedIsAnAnswer);
  if (response.status === 401) return null;
  return data(Promise.resolve(response));
}

// ── Personal data ──────────────────────────────────────────────────────────

/**
 * Everything Guichet holds about the signed-in person, as a JSON attachment: a plain
 * link (the cookie goes with a same-origin GET), so the browser saves the file itself.
 */
export const ACCOUNT_EXPORT_URL = `${API_BASE}/me/export`;

/** What closing an account did: drafts erased, submitted files kept with the person's details replaced. */
export type ErasureReport = InferResponseType<typeof api.me.$delete, 200>;

/**
 * Closes the signed-in applicant's account; the API ends the session. Rejects with a
 * 400 `ApiError` on `body.confirmEmail` when the address typed is not the account's,
 * and a 403 for staff, whose accounts a manager closes.
 */
export function deleteAccount(confirmEmail: string) {
  return data(api.me.$delete({ json: { confirmEmail } }));
}

/** How long personal data is kept: the periods the daily job enforces, for the personal-data page to state. */
export type RetentionPolicy = InferResponseType<typeof api.privacy.$get, 200>;

export function getRetention() {
  return data(api.privacy.$get());
}

// ── Applications ───────────────────────────────────────────────────────────

/** An application with its documents and the state of each step, as every application route returns it. */
export type ApplicationView = InferResponseType<(typeof api.applications)[':id']['$get'], 200>;

/** GET /applications answers applicants with their summaries and staff with queue lines. */
type ListItem = InferResponseType<typeof api.applications.$get, 200>['items'][number];
export type ApplicationSummary = Extract<ListItem, { programTitle: unknown }>;
/** A line of a programme's queue, for staff (re-exported by ./staff-api). */
export type QueueLine = Exclude<ListItem, ApplicationSummary>;

export async function listMyApplications(cursor?: string): Promise<{ items: ApplicationSummary[]; cursor: string | null }> {
  const page = await data(api.applications.$get({ query: { cursor } }));
  // An applicant asking without a programme gets summaries, never queue lines.
  return page as { items: ApplicationSummary[]; cursor: string | null };
}

/** Starts a draft, pre-filled with the eligibility answers when the wizard gave them. */
export function createApplication(programId: string, eligibility?: EligibilityAnswersInput) {
  return data(api.applications.$post({ json: { programId, ...(eligibility ? { eligibility } : {}) } }));
}

export function getApplication(applicationId: string) {
  return data(api.applications[':id'].$get({ param: { id: id(applicationId) } }));
}

/** Autosave: rejects with a 409 `ApiError` carrying `currentVersion` when another tab saved first. */
export function saveApplication(applicationId: string, patch: ApplicationPatch) {
  return data(api.applications[':id'].$patch({ param: { id: id(applicationId) }, json: patch }));
}

export function transitionApplication(applicationId: string, event: 'submit' | 'withdraw') {
  return data(api.applications[':id'].transitions.$post({ param: { id: id(applicationId) }, json: { event } }));
}

export async function listEvents(applicationId: string) {
  return (await data(api.applications[':id'].events.$get({ param: { id: id(applicationId) } }))).items;
}

export async function listMessages(applicationId: string) {
  return (await data(api.applications[':id'].messages.$get({ param: { id: id(applicationId) } }))).items;
}

export function postMessage(applicationId: string, body: string) {
  return data(api.applications[':id'].messages.$post({ param: { id: id(applicationId) }, json: { body } }));
}

// ── Documents ──────────────────────────────────────────────────────────────

const documents = api.applications[':id'].documents;

export type UploadTicket = InferResponseType<typeof documents.$post, 201>;

export function declareUpload(applicationId: string, file: InferRequestType<typeof documents.$post>['json']) {
  return data(documents.$post({ param: { id: id(applicationId) }, json: file }));
}

/**
 * Posts the file straight to storage with the presigned form. XHR rather than
 * fetch, because only XHR reports upload progress.
 */
export function uploadToStorage(
  ticket: UploadTicket,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
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
export function completeUpload(applicationId: string, documentId: string) {
  return data(documents[':documentId'].complete.$post({ param: { id: id(applicationId), documentId: id(documentId) } }));
}

export function documentDownloadUrl(applicationId: string, documentId: string) {
  return data(documents[':documentId'].download.$get({ param: { id: id(applicationId), documentId: id(documentId) } }));
}

export async function deleteDocument(applicationId: string, documentId: string): Promise<void> {
  await documents[':documentId'].$delete({ param: { id: id(applicationId), documentId: id(documentId) } });
}

// ── Document wallet ────────────────────────────────────────────────────────

const wallet = api.me.wallet;

/** A document kept in the applicant's wallet, with its validity for today. */
export type WalletItem = InferResponseType<typeof wallet.$get, 200>['items'][number];

export async function listWallet(): Promise<WalletItem[]> {
  return (await data(wallet.$get())).items;
}

/** Keeps a verified, clean organisation document in the wallet; `validUntil` absent: the type's default. */
export function keepInWallet(body: { applicationId: string; documentId: string; validUntil?: string | null }) {
  return data(wallet.$post({ json: body }));
}

export async function removeFromWallet(walletId: string): Promise<void> {
  await wallet[':walletId'].$delete({ param: { walletId: id(walletId) } });
}

/** Reuses a wallet document in the application: it comes back checked and scanned, like an upload. */
export function reuseFromWallet(applicationId: string, walletId: string) {
  return data(documents['from-wallet'].$post({ param: { id: id(applicationId) }, json: { walletId } }));
}
