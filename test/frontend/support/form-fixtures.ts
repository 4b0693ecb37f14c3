/**
 * The application form's fixtures: the seed fund open today, an application and its
 * documents as the API returns them, the GET answers that open the form, and the
 * answers of a save, an upload or a submit. Each test states which of those it
 * expects and how the API answers (a 409 on a stale save, a refused file, a refused
 * submission); the API harness checks every answer against the real routes. The
 * browser's direct upload to storage is not the API: FakeUpload stands in for the
 * XMLHttpRequest, and the test drives its progress by hand.
 */
import { vi } from 'vitest';
import type { Application, ApplicationDocument, ApplicationPatch } from '../../../functions/src/domain/application';
import { validateSteps } from '../../../functions/src/domain/application-steps';
import type { Program } from '../../../functions/src/domain/program';
import { demoPrograms } from '../../../functions/src/local/demo-data';
import type { ApplicationView, Me } from '../../../frontend/src/lib/api';
import { type Call, type Handlers, jsonResponse, sent, stubApi } from './api-harness';

export const APP_ID = 'app-1';
/** The applicant who owns the application. */
export const lea: Me = { id: 'user-1', email: 'lea@example.org', displayName: 'Léa', role: 'applicant', locale: 'fr' };
export const NOW = new Date('2026-12-01T10:00:00Z');
/** The seed fund, open today: the form checks the deadline with the real clock. */
export const program: Program = demoPrograms(new Date())[0] as Program;

export function application(sections: Partial<Application> = {}): Application {
  return {
    id: APP_ID,
    programId: program.id,
    ownerId: 'user-1',
    status: 'draft',
    version: 3,
    reference: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    submittedAt: null,
    organisation: {},
    project: {},
    budget: {},
    answers: {},
    declaration: {},
    ...sections,
  };
}

export function documentOf(
  type: ApplicationDocument['type'],
  filename: string,
  status: ApplicationDocument['status'],
  rejection: ApplicationDocument['rejection'] = null,
): ApplicationDocument {
  return {
    id: `doc-${type}`,
    applicationId: APP_ID,
    type,
    filename,
    contentType: 'application/pdf',
    declaredSize: 1000,
    verifiedSize: status === 'pending' ? null : 1000,
    status,
    rejection,
    sha256: status === 'verified' ? 'a'.repeat(64) : null,
    scan: status === 'verified' ? 'clean' : 'pending',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

/** GET /api/applications/:id's answer: the steps are the shared domain's own verdict. */
export function viewOf(app: Application, documents: ApplicationDocument[] = [], editable = true): ApplicationView {
  return { application: app, documents, steps: validateSteps(program, app, documents), editable };
}

/**
 * The answers that open the form for the signed-in applicant: who they are, the
 * programme and the application (with its documents). `handlers` add what the test
 * expects the form to send. Returns the requests made.
 */
export function formApi(
  options: { application?: Application; documents?: ApplicationDocument[]; editable?: boolean } = {},
  handlers: Handlers = {},
): Call[] {
  const app = options.application ?? application();
  return stubApi({
    'GET /api/me': () => jsonResponse(lea),
    [`GET /api/programs/${program.id}`]: () => jsonResponse(program),
    [`GET /api/applications/${APP_ID}`]: () => jsonResponse(viewOf(app, options.documents, options.editable)),
    // The documents step reads the document wallet; empty unless a test gives one.
    'GET /api/me/wallet': () => jsonResponse({ items: [] }),
    ...handlers,
  });
}

/** A PATCH the API accepts: the sections sent replace the stored ones, and the version moves on. */
export function savedAs(base: Application, body: unknown): Response {
  const { version, ...sections } = body as ApplicationPatch;
  return jsonResponse(viewOf({ ...base, ...sections, version: version + 1 }));
}

/** The API accepting every save, for tests about what the form shows while the applicant types. */
export function acceptSaves(base: Application = application()): Handlers {
  return { [`PATCH /api/applications/${APP_ID}`]: (body) => savedAs(base, body) };
}

/** The patches autosave sent, in order. */
export function patches(calls: Call[]): ApplicationPatch[] {
  return sent(calls, 'PATCH', `/api/applications/${APP_ID}`).map((call) => call.body as ApplicationPatch);
}

/** The pending document the API records for an upload the form declares (POST …/documents). */
export function pendingDocument(body: unknown, id = 'doc-1'): ApplicationDocument {
  const { type, filename, contentType, size } = body as {
    type: ApplicationDocument['type'];
    filename: string;
    contentType: string;
    size: number;
  };
  return { ...documentOf(type, filename, 'pending'), id, contentType, declaredSize: size };
}

/** POST …/documents's answer: the pending document and the presigned form to upload it with. */
export function declared(document: ApplicationDocument): Response {
  return jsonResponse(
    {
      document,
      upload: { url: 'http://127.0.0.1:4569/documents', fields: { key: `applications/${APP_ID}/${document.id}` } },
      expiresInSeconds: 600,
    },
    201,
  );
}

/** A stand-in for XMLHttpRequest: the test moves each upload's progress and finishes it. */
export class FakeUpload {
  static sent: FakeUpload[] = [];
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  status = 0;
  url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  send() {
    FakeUpload.sent.push(this);
  }
  abort() {
    this.events.dispatchEvent(new Event('abort'));
  }
  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }
  progress(fraction: number) {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { lengthComputable: true, loaded: fraction * 1000, total: 1000 }));
  }
  finish(status = 204) {
    this.status = status;
    this.events.dispatchEvent(new Event('load'));
  }
}

export function stubUploads() {
  FakeUpload.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
}

/** Matches French text whatever the spaces: Intl and French typography put no-break spaces before ":" and "%". */
export function loose(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]'));
}
