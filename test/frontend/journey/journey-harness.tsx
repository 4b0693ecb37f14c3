/**
 * Harness for the journey tests: the journey's real routes and layout in a memory
 * router, with the application form replaced by a marker page (the form is
 * another team's route; these tests only need to see that the journey leads
 * there), and a fetch stub that answers per "METHOD /path" and records requests.
 */
import { createMemoryHistory, MemoryRouter, type RouteDefinition } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { vi } from 'vitest';
import { Layout } from '../../../frontend/src/shell/layout';
import { I18nProvider } from '../../../frontend/src/i18n';
import type { Me } from '../../../frontend/src/lib/api';
import ApplicationPage from '../../../frontend/src/routes/application';
import Eligibility from '../../../frontend/src/routes/eligibility';
import MyApplications from '../../../frontend/src/routes/my-applications';
import ProgramPage from '../../../frontend/src/routes/program';
import SignIn from '../../../frontend/src/routes/sign-in';
import { jsonResponse } from '../fixtures';

const journeyRoutes: RouteDefinition[] = [
  { path: '/', component: () => <h1>Accueil</h1> },
  { path: '/programmes/:programId', component: ProgramPage },
  { path: '/programmes/:programId/eligibilite', component: Eligibility },
  { path: '/connexion', component: SignIn },
  { path: '/demandes', component: MyApplications },
  { path: '/demandes/:id', component: ApplicationPage },
  { path: '/demandes/:id/modifier/:step?', component: () => <h1>Formulaire de demande</h1> },
];

/** Mounts the journey at `path`; `history.get()` tells where the app navigated. */
export function renderJourney(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  const result = render(() => (
    <I18nProvider>
      <MemoryRouter history={history} root={Layout}>
        {journeyRoutes}
      </MemoryRouter>
    </I18nProvider>
  ));
  return { ...result, history };
}

/** A request the SPA made, with its JSON body parsed. */
export type Call = { method: string; path: string; body: unknown };

type Handler = (body: unknown) => Response | Promise<Response>;

/**
 * Replaces `fetch`: each key is "METHOD /api/path?query"; unknown requests get a
 * problem+json 404, as the API would. Returns the requests made, in order.
 */
export function stubApi(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = String(input);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path, body });
    const handler = handlers[`${method} ${path}`];
    return handler ? handler(body) : problem(404, { fr: 'Introuvable.', en: 'Not found.' });
  });
  return calls;
}

/** An RFC 9457 answer with a bilingual detail, field errors and headers, like the API's. */
export function problem(
  status: number,
  detail: { fr: string; en: string },
  extra: { errors?: unknown[]; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', status, detail: detail.fr, detailI18n: detail, errors: extra.errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...extra.headers },
  });
}

/** The signed-in applicant. */
export const lea: Me = { id: 'usr_lea', email: 'lea@example.org', displayName: 'lea', role: 'applicant', locale: 'fr' };

/** GET /api/me for a signed-in applicant, or the 401 of a visitor. */
export const signedIn = { 'GET /api/me': () => jsonResponse(lea) };
export const signedOut = { 'GET /api/me': () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' }) };
