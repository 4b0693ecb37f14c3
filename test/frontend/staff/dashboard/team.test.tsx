import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../../frontend/src/lib/staff-api';
import { jsonResponse } from '../../fixtures';
import { problem, stubApi } from '../../support/api-harness';
import { deferred, renderApp } from '../../support/render-app';
import { asManager, asReviewer, karimEvents, team } from './staff-fixtures';

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

type Handler = (body: unknown) => Response | Promise<Response>;

function teamApi(overrides: Record<string, Handler> = {}) {
  return stubApi({ ...asManager, 'GET /api/users': () => jsonResponse({ items: team }), ...overrides });
}

const rowOf = async (name: string) => (await screen.findByRole('rowheader', { name: new RegExp(`^${name}`) })).closest('tr') as HTMLElement;

describe('team page', () => {
  it('lists the team with name, email, role and account status', async () => {
    teamApi();
    renderApp('/gestion/equipe');
    expect(await screen.findByRole('heading', { level: 1, name: 'Équipe' })).toBeInTheDocument();
    expect(document.title).toBe('Équipe — Guichet ESS');
    const table = await screen.findByRole('table', { name: 'Membres de l’équipe' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Nom', 'Adresse e-mail', 'Rôle', 'Compte', 'Historique']);
    const karim = await rowOf('Karim Benali');
    expect(karim).toHaveTextContent('karim.benali@agglo.example');
    expect(within(karim).getByRole('combobox', { name: 'Rôle de Karim Benali' })).toHaveValue('reviewer');
    expect(karim).toHaveTextContent('Actif');
    expect(await rowOf('Marie Dupont')).toHaveTextContent('Marie Dupont (vous)');
  });

  it('invites someone: sends the email, name and role, adds them to the list and says an email went out', async () => {
    const pending = deferred<Response>();
    const calls = teamApi({ 'POST /api/users': () => pending.promise });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'lucie.martin@agglo.example');
    await user.type(screen.getByLabelText('Nom affiché'), 'Lucie Martin');
    await user.click(screen.getByRole('radio', { name: 'Gestionnaire' }));
    await user.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));

    expect(screen.getByRole('button', { name: 'Envoi…' })).toBeDisabled();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'lucie.martin@agglo.example',
      displayName: 'Lucie Martin',
      role: 'manager',
    });
    const lucie: StaffUser = {
      id: 'usr_lucie',
      email: 'lucie.martin@agglo.example',
      displayName: 'Lucie Martin',
      role: 'manager',
      status: 'active',
      locale: 'fr',
      createdAt: '2026-11-28T10:00:00Z',
    };
    pending.resolve(jsonResponse(lucie, 201));

    expect(await screen.findByText('Invitation envoyée à lucie.martin@agglo.example.')).toBeInTheDocument();
    expect(screen.getByText('Invitation envoyée à lucie.martin@agglo.example.').closest('[role="status"]')).toHaveFocus();
    const row = await rowOf('Lucie Martin');
    expect(within(row).getByRole('combobox', { name: 'Rôle de Lucie Martin' })).toHaveValue('manager');
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Karim Benali', 'Lucie Martin', 'Marie Dupont (vous)']);
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('');
  });

  it('checks the form before sending and shows the API’s refusal beside the field, keeping what was typed', async () => {
    const calls = teamApi({
      'POST /api/users': () =>
        problem(
          400,
          { fr: 'Données invalides.', en: 'Invalid data.' },
          {
            errors: [{ path: 'body.email', message: { fr: 'Adresse e-mail invalide.', en: 'Invalid email address.' } }],
          },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    await user.click(await screen.findByRole('button', { name: 'Envoyer l’invitation' }));
    expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription(/Erreur\s?:\s?Indiquez l’adresse e-mail de la personne\./);
    expect(screen.getByLabelText('Adresse e-mail')).toHaveFocus();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Adresse e-mail'), 'lucie@agglo');
    await user.type(screen.getByLabelText('Nom affiché'), 'Lucie Martin');
    await user.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    const email = screen.getByLabelText('Adresse e-mail');
    await screen.findByText('Adresse e-mail invalide.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Erreur\s?:\s?Adresse e-mail invalide\./);
    expect(email).toHaveValue('lucie@agglo');
    expect(screen.getByLabelText('Nom affiché')).toHaveValue('Lucie Martin');
  });

  it('changes a role and says the person’s sessions ended', async () => {
    const calls = teamApi({ 'PATCH /api/users/usr_karim': () => jsonResponse({ ...team[0], role: 'manager' }) });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    const row = await rowOf('Karim Benali');
    const save = within(row).getByRole('button', { name: 'Enregistrer le rôle de Karim Benali' });
    expect(save).toBeDisabled();
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Rôle de Karim Benali' }), 'manager');
    await user.click(save);
    expect(await within(row).findByText(/Rôle enregistré : Gestionnaire\. Ses sessions en cours ont pris fin/)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ role: 'manager' });
    expect(save).toBeDisabled();
  });

  it('deactivates an account only after a confirmation that says its sessions end at once', async () => {
    const calls = teamApi({ 'PATCH /api/users/usr_karim': () => jsonResponse({ ...team[0], status: 'disabled' }) });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    const row = await rowOf('Karim Benali');
    const button = within(row).getByRole('button', { name: 'Désactiver le compte de Karim Benali' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: /^Désactiver le compte de Karim Benali\s\?$/ });
    expect(dialog).toHaveAccessibleDescription(/Ses sessions en cours prennent fin immédiatement/);
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Désactiver le compte' }));
    expect(await within(row).findByText('Désactivé')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ status: 'disabled' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Réactiver le compte de Karim Benali' })).toHaveFocus();
    expect(row).toHaveTextContent('Compte de Karim Benali désactivé : ses sessions ont pris fin.');
  });

  it('offers no way to remove one’s own rights, and shows the API’s refusal where the manager acted', async () => {
    const refusal = {
      fr: 'Ce compte ne peut pas être modifié pour le moment.',
      en: 'This account cannot be changed right now.',
    };
    teamApi({ 'PATCH /api/users/usr_karim': () => problem(409, refusal) });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    // Their own row offers no way to lower or end their rights.
    const own = await rowOf('Marie Dupont');
    expect(within(own).queryByRole('button', { name: /Désactiver/ })).toBeNull();
    expect(within(own).queryByRole('combobox')).toBeNull();
    expect(own).toHaveTextContent('Seul un autre gestionnaire peut changer votre rôle');
    const row = await rowOf('Karim Benali');
    await user.click(within(row).getByRole('button', { name: 'Désactiver le compte de Karim Benali' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver le compte' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(refusal.fr);
    expect(row).toHaveTextContent('Actif');

    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Rôle de Karim Benali' }), 'manager');
    await user.click(within(row).getByRole('button', { name: 'Enregistrer le rôle de Karim Benali' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent(refusal.fr);
    expect(within(row).getByRole('combobox', { name: 'Rôle de Karim Benali' })).toHaveValue('manager');
  });

  it('loads an account’s history on first opening only, in words', async () => {
    const calls = teamApi({ 'GET /api/users/usr_karim/events': () => jsonResponse({ items: karimEvents }) });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion/equipe');
    const row = await rowOf('Karim Benali');
    expect(calls.some((call) => call.path.endsWith('/events'))).toBe(false);
    const toggle = within(row).getByRole('button', { name: 'Voir l’historique de Karim Benali' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    const items = await within(panel).findAllByRole('listitem');
    expect(panel).toHaveTextContent('Invitation1 septembre 2026 à 10:00, par Marie DupontRôle : Instructeur ou instructrice');
    expect(panel).toHaveTextContent('Compte : Actif → Désactivé');
    expect(items.length).toBeGreaterThanOrEqual(2);

    await user.click(toggle);
    expect(panel.closest('tr')).not.toBeVisible();
    await user.click(toggle);
    expect(calls.filter((call) => call.path.endsWith('/events'))).toHaveLength(1);
  });

  it('refuses a reviewer without loading the team', async () => {
    const calls = stubApi({ ...asReviewer });
    renderApp('/gestion/equipe');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
    expect(calls.some((call) => call.path === '/api/users')).toBe(false);
  });
});
