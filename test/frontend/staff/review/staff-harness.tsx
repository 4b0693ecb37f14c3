/**
 * Harness for the staff review tests: the real route table at a path, and the
 * shared API harness (handlers per "METHOD /api/path", query handed to the handler,
 * every request recorded with its query and JSON body).
 */
import type { Me } from '../../../../frontend/src/lib/api';
import { jsonResponse } from '../../support/api-harness';

export { renderApp } from '../../support/render-app';
export { problem, sent, stubApi, type Call } from '../../support/api-harness';

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
