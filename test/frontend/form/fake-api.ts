/**
 * An in-memory stand-in for the applicant API, answering the SPA's fetch calls
 * with the same shapes and rules as the real routes (versioned PATCH with 409,
 * documents declared then completed, submit), and a stubbed XMLHttpRequest for
 * the direct-to-storage upload, whose progress the test drives by hand.
 */
import { vi } from 'vitest';
import type { Application, ApplicationDocument, ApplicationPatch } from '../../../functions/src/domain/application';
import { validateSteps } from '../../../functions/src/domain/application-steps';
import type { FieldError } from '../../../functions/src/domain/errors';
import type { Program } from '../../../functions/src/domain/program';
import { demoPrograms } from '../../../functions/src/local/demo-data';
import { jsonResponse } from '../fixtures';

export const APP_ID = 'app-1';
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

export function documentOf(type: ApplicationDocument['type'], filename: string, status: ApplicationDocument['status'], rejection: ApplicationDocument['rejection'] = null): ApplicationDocument {
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
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
  jsonResponse({ type: 'about:blank', title, status, ...extra }, status);

/** What the fake server holds and what it was asked; tests read `patches` to see what autosave sent. */
export function fakeApi(options: { application?: Application; documents?: ApplicationDocument[]; editable?: boolean } = {}) {
  const state = {
    application: options.application ?? application(),
    documents: options.documents ?? [],
    patches: [] as ApplicationPatch[],
    declared: [] as { type: string; filename: string; contentType: string; size: number }[],
    /** Decides the verdict of an uploaded file; verified unless the test says otherwise. */
    verdict: (_filename: string): { status: 'verified' | 'rejected'; rejection: ApplicationDocument['rejection'] } => ({ status: 'verified', rejection: null }),
    submitErrors: null as FieldError[] | null,
  };
  const view = () => ({
    application: state.application,
    documents: state.documents,
    steps: validateSteps(program, state.application, state.documents),
    editable: options.editable ?? true,
  });
  const routes: [string, RegExp, (match: RegExpMatchArray, body: unknown) => Response][] = [
    ['GET', /^\/api\/me$/, () => jsonResponse({ id: 'user-1', email: 'lea@example.org', displayName: 'Léa', role: 'applicant', locale: 'fr' })],
    ['GET', /^\/api\/programs\/([\w-]+)$/, () => jsonResponse(program)],
    ['GET', /^\/api\/applications\/([\w-]+)$/, () => jsonResponse(view())],
    ['PATCH', /^\/api\/applications\/([\w-]+)$/, (_, body) => {
      const patch = body as ApplicationPatch;
      state.patches.push(patch);
      if (patch.version !== state.application.version) return problem(409, 'Conflict', { currentVersion: state.application.version });
      const { version: _version, ...sections } = patch;
      state.application = { ...state.application, ...sections, version: state.application.version + 1 };
      return jsonResponse(view());
    }],
    ['POST', /^\/api\/applications\/([\w-]+)\/documents$/, (_, body) => {
      const declared = body as { type: ApplicationDocument['type']; filename: string; contentType: string; size: number };
      state.declared.push(declared);
      const document = { ...documentOf(declared.type, declared.filename, 'pending'), id: `doc-${state.declared.length}`, contentType: declared.contentType };
      state.documents = [...state.documents, document];
      return jsonResponse({ document, upload: { url: 'http://127.0.0.1:4569/documents', fields: { key: `applications/${APP_ID}/${document.id}` } }, expiresInSeconds: 600 });
    }],
    ['POST', /^\/api\/applications\/([\w-]+)\/documents\/([\w-]+)\/complete$/, (match) => {
      const document = state.documents.find((d) => d.id === match[2]);
      if (!document) return problem(404, 'Not Found');
      const settled = { ...document, ...state.verdict(document.filename) };
      state.documents = state.documents.map((d) => (d.id === settled.id ? settled : d));
      return jsonResponse(settled);
    }],
    ['DELETE', /^\/api\/applications\/([\w-]+)\/documents\/([\w-]+)$/, (match) => {
      state.documents = state.documents.filter((d) => d.id !== match[2]);
      return new Response(null, { status: 204 });
    }],
    ['POST', /^\/api\/applications\/([\w-]+)\/transitions$/, () => {
      if (state.submitErrors) return problem(400, 'Bad Request', { errors: state.submitErrors });
      state.application = { ...state.application, status: 'submitted', reference: 'ESS-2026-000123', version: state.application.version + 1 };
      return jsonResponse({ ...view(), editable: false });
    }],
  ];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    for (const [routeMethod, pattern, answer] of routes) {
      const match = path.match(pattern);
      if (match && routeMethod === method) return answer(match, body);
    }
    return problem(404, 'Not Found');
  });
  return state;
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
