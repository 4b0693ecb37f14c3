/**
 * Harness for the staff review tests: the real route table at a path, and a fetch
 * stub that answers per "METHOD /api/path" (query left out, handed to the handler)
 * and records every request with its query and JSON body.
 */
import { vi } from 'vitest';
import type { Me } from '../../../../frontend/src/lib/api';
import { jsonResponse } from '../../fixtures';
import { problem } from '../../journey/journey-harness';

export { renderApp } from '../../render-app';
export { problem };

export type Call = { method: string; path: string; query: URLSearchParams; body: unknown };
type Handler = (body: unknown, query: URLSearchParams) => Response | Promise<Response>;

export function stubStaffApi(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = new URL(String(input), 'http://localhost');
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path: url.pathname, query: url.searchParams, body });
    const handler = handlers[`${method} ${url.pathname}`];
    return handler ? handler(body, url.searchParams) : problem(404, { fr: 'Introuvable.', en: 'Not found.' });
  });
  return calls;
}

/** The requests sent to one method and path. */
export function sent(calls: Call[], method: string, path: string): Call[] {
  return calls.filter((call) => call.method === method && call.path === path);
}

export const manager: Me = { id: 'usr_claire', email: 'claire@example.org', displayName: 'Claire Martin', role: 'manager', locale: 'fr' };
export const reviewer: Me = { id: 'usr_ines', email: 'ines@example.org', displayName: 'Inès Bernard', role: 'reviewer', locale: 'fr' };

export const signedInAs = (me: Me) => ({ 'GET /api/me': () => jsonResponse(me) });

/** jsdom has <dialog> but not its modal behaviour: enough of it to open, close and fire "close". */
export function polyfillDialog(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** Loads the lazy staff routes once, so the first test of a file does not spend its time budget on the import. */
export async function warmUpStaffRoutes(): Promise<void> {
  await Promise.all([import('../../../../frontend/src/routes/staff-queue'), import('../../../../frontend/src/routes/staff-application')]);
}
