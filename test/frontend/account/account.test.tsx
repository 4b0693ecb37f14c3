import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../../frontend/src/lib/api';
import { jsonResponse, lea, signedIn, signedOut } from '../fixtures';
import { problem, sent, stubApi } from '../support/api-harness';
import { renderApp } from '../support/render-app';

// jsdom has <dialog> but not its modal behaviour: enough of it to open, close and fire "close".
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const manager: Me = {
  id: 'usr_mgr',
  email: 'camille.martin@agglo.example.org',
  displayName: 'Camille Martin',
  role: 'manager',
  locale: 'fr',
};

/** An applicant's page lists their document wallet: empty here (test/frontend/account/wallet.test.tsx has one). */
const emptyWallet = { 'GET /api/me/wallet': () => jsonResponse({ items: [] }) };

const WRONG_EMAIL = {
  fr: 'Cette adresse ne correspond pas à votre compte.',
  en: 'This address does not match your account.',
};

/** The API of a signed-in applicant who may close their account; the session ends with it. */
function accountApi() {
  let session = true;
  return stubApi({
    ...emptyWallet,
    'GET /api/me': () => (session ? jsonResponse(lea) : problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' })),
    'DELETE /api/me': (body) => {
      if ((body as { confirmEmail: string }).confirmEmail !== lea.email)
        return problem(400, WRONG_EMAIL, { errors: [{ path: 'body.confirmEmail', message: WRONG_EMAIL }] });
      session = false;
      return jsonResponse({ erasedDrafts: 2, pseudonymisedApplications: 1 });
    },
    'GET /api/programs': () => jsonResponse({ items: [] }),
    'GET /api/privacy': () =>
      jsonResponse({ idleDraftMonths: 12, draftWarningDays: 14, closedApplicationYears: 3, approvedApplicationYears: 10 }),
  });
}

describe('Mon compte', () => {
  it('shows the account, the export link and the way to close it', async () => {
    stubApi({ ...signedIn, ...emptyWallet });
    renderApp('/compte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeInTheDocument();
    expect(document.title).toBe('Mon compte — Guichet ESS');

    const details = screen.getByRole('region', { name: 'Votre compte' });
    expect(within(details).getByText('lea@example.org')).toBeInTheDocument();
    expect(within(details).getByText('Français')).toBeInTheDocument();
    // An applicant's display name and role are not theirs to read here: they are staff attributes.
    expect(within(details).queryByText('Nom affiché')).not.toBeInTheDocument();

    const data = screen.getByRole('region', { name: 'Vos données' });
    const download = within(data).getByRole('link', { name: 'Télécharger mes données (JSON)' });
    expect(download).toHaveAttribute('href', '/api/me/export');
    expect(download).toHaveAttribute('download');
    expect(within(data).getByRole('link', { name: /Comment nous utilisons vos données/ })).toHaveAttribute('href', '/donnees-personnelles');

    const erase = screen.getByRole('region', { name: 'Supprimer mon compte' });
    expect(erase).toHaveTextContent('effacés immédiatement et définitivement');
    expect(erase).toHaveTextContent('votre nom, votre adresse e-mail, votre téléphone et le nom du signataire');
    expect(erase).toHaveTextContent('déconnecté ou déconnectée partout');
    expect(erase).toHaveTextContent('un nouveau compte, vide');
    expect(within(erase).getByRole('button', { name: 'Supprimer mon compte' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Mon espace' });
    const link = within(nav).getByRole('link', { name: 'Mon compte' });
    expect(link).toHaveAttribute('href', '/compte');
    expect(link).toHaveAttribute('aria-current', 'page');
  });

  it('sends a visitor to sign in and back', async () => {
    stubApi(signedOut);
    const page = renderApp('/compte');
    await vi.waitFor(() => expect(page.location()).toBe('/connexion?suite=%2Fcompte'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
  });

  it('keeps the dialog open with the field error when the address typed is not the account’s', async () => {
    const calls = accountApi();
    const user = userEvent.setup({ delay: null });
    const page = renderApp('/compte');
    const open = await screen.findByRole('button', { name: 'Supprimer mon compte' });
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    await user.click(open);
    expect(dialog.open).toBe(true);
    expect(dialog).toHaveAccessibleName('Supprimer définitivement votre compte\u00a0?');
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();

    // Nothing typed: the dialog says so and asks nothing of the API.
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    const field = within(dialog).getByRole('textbox', { name: 'Adresse e-mail de votre compte' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Saisissez l’adresse e-mail de votre compte pour confirmer.'));
    expect(sent(calls, 'DELETE', '/api/me')).toHaveLength(0);

    await user.type(field, 'autre@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    await vi.waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(WRONG_EMAIL.fr)));
    expect(field).toHaveFocus();
    expect(sent(calls, 'DELETE', '/api/me').map((call) => call.body)).toEqual([{ confirmEmail: 'autre@example.org' }]);
    expect(dialog.open).toBe(true);
    expect(page.location()).toBe('/compte');
    expect(within(screen.getByRole('navigation', { name: 'Mon espace' })).getByText('lea@example.org')).toBeInTheDocument();
  });

  it('closes the account with the right address: signed out, home, and what was erased', async () => {
    const calls = accountApi();
    const user = userEvent.setup({ delay: null });
    const page = renderApp('/compte');
    await user.click(await screen.findByRole('button', { name: 'Supprimer mon compte' }));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    // Enter in the field confirms, as the button does.
    await user.type(within(dialog).getByRole('textbox', { name: 'Adresse e-mail de votre compte' }), ' lea@example.org {Enter}');

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Votre compte a été supprimé.');
    expect(notice).toHaveTextContent('2 brouillons ont été effacés avec leurs pièces.');
    expect(notice).toHaveTextContent('1 demande déposée est conservée sans vos coordonnées.');
    expect(sent(calls, 'DELETE', '/api/me').map((call) => call.body)).toEqual([{ confirmEmail: 'lea@example.org' }]);
    await vi.waitFor(() => expect(page.location()).toBe('/'));
    const nav = screen.getByRole('navigation', { name: 'Mon espace' });
    expect(within(nav).getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(within(nav).queryByText('lea@example.org')).not.toBeInTheDocument();
    // The SPA forgot the session without asking the API to end it a second time.
    expect(sent(calls, 'DELETE', '/api/auth/session')).toHaveLength(0);
  });

  it('says the notice once: coming back home does not repeat it', async () => {
    accountApi();
    const user = userEvent.setup({ delay: null });
    renderApp('/compte');
    await user.click(await screen.findByRole('button', { name: 'Supprimer mon compte' }));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    await user.type(within(dialog).getByRole('textbox', { name: 'Adresse e-mail de votre compte' }), 'lea@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(await screen.findByText('Votre compte a été supprimé.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Données personnelles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Données personnelles' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Guichet ESS/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Financer votre projet/ })).toBeInTheDocument();
    expect(screen.queryByText('Votre compte a été supprimé.')).not.toBeInTheDocument();
  });

  it('shows staff their name and role, and who closes their account instead of a delete button', async () => {
    stubApi({ 'GET /api/me': () => jsonResponse(manager) });
    renderApp('/compte');
    const details = await screen.findByRole('region', { name: 'Votre compte' });
    expect(within(details).getByText('camille.martin@agglo.example.org')).toBeInTheDocument();
    expect(within(details).getByText('Camille Martin')).toBeInTheDocument();
    expect(within(details).getByText('Gestionnaire')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Télécharger mes données (JSON)' })).toHaveAttribute('href', '/api/me/export');
    expect(screen.queryByRole('button', { name: 'Supprimer mon compte' })).not.toBeInTheDocument();
    expect(document.querySelector('dialog')).toBeNull();
    expect(screen.getByRole('region', { name: 'Fermer votre compte' })).toHaveTextContent('fermés par un ou une gestionnaire de programme');
    const nav = screen.getByRole('navigation', { name: 'Mon espace' });
    expect(within(nav).getByRole('link', { name: 'Mon compte' })).toHaveAttribute('href', '/compte');
  });

  it('reads in English', async () => {
    localStorage.setItem('guichet.locale', 'en');
    stubApi({ ...signedIn, ...emptyWallet });
    renderApp('/compte');
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download my data (JSON)' })).toHaveAttribute('href', '/api/me/export');
    expect(screen.getByRole('button', { name: 'Delete my account' })).toBeInTheDocument();
  });
});
