/**
 * The account keeps the language chosen in the interface: a signed-in person's
 * switch is sent to PATCH /api/me (so the emails follow), a visitor's stays in the
 * browser, and the sign-in code is asked for in the interface's language.
 */
import { screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, lea, signedOut } from './fixtures';
import { problem, sent, stubApi } from './support/api-harness';
import { renderApp } from './support/render-app';

const noPrograms = { 'GET /api/programs': () => jsonResponse({ items: [] }) };

describe('the language of a signed-in account', () => {
  it('follows each switch with PATCH /api/me carrying the new locale; clicking the current language sends nothing', async () => {
    let account = lea;
    const calls = stubApi({
      ...noPrograms,
      'GET /api/me': () => jsonResponse(account),
      'PATCH /api/me': (body) => {
        account = { ...account, locale: (body as { locale: 'fr' | 'en' }).locale };
        return jsonResponse(account);
      },
    });
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fund your social and solidarity economy project');
    await vi.waitFor(() => expect(sent(calls, 'PATCH', '/api/me').map((c) => c.body)).toEqual([{ locale: 'en' }]));
    expect(account.locale).toBe('en');

    await user.click(screen.getByRole('button', { name: /^EN/ }));
    await user.click(screen.getByRole('button', { name: /^FR/ }));
    await vi.waitFor(() => expect(sent(calls, 'PATCH', '/api/me').map((c) => c.body)).toEqual([{ locale: 'en' }, { locale: 'fr' }]));
    expect(account.locale).toBe('fr');
  });

  it('is not sent for a visitor who is not signed in', async () => {
    const calls = stubApi({ ...signedOut, ...noPrograms });
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByText("Aucun appel à projets n'est ouvert pour le moment.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(document.documentElement.lang).toBe('en');
    expect(sent(calls, 'PATCH', '/api/me')).toEqual([]);
  });

  it('still switches the interface, without sending anyone to sign in, when the session lapsed meanwhile', async () => {
    let session = true;
    const calls = stubApi({
      ...noPrograms,
      'GET /api/me': () => (session ? jsonResponse(lea) : problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' })),
      'PATCH /api/me': () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' }),
    });
    const user = userEvent.setup();
    const app = renderApp('/');
    expect(await screen.findByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    session = false;
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    await vi.waitFor(() => expect(sent(calls, 'PATCH', '/api/me')).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fund your social and solidarity economy project');
    expect(app.location()).toBe('/');
  });
});

describe('the sign-in code request', () => {
  it('carries the language the interface is in', async () => {
    const calls = stubApi({
      ...signedOut,
      'POST /api/auth/code': () => jsonResponse({ sentTo: 'sam@example.org', resendAfterSeconds: 30, expiresInSeconds: 600 }, 202),
    });
    const user = userEvent.setup();
    renderApp('/connexion');
    await user.click(await screen.findByRole('button', { name: /^EN/ }));
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));
    await vi.waitFor(() => expect(sent(calls, 'POST', '/api/auth/code')).toHaveLength(1));
    expect(sent(calls, 'POST', '/api/auth/code')[0]?.body).toEqual({ email: 'sam@example.org', locale: 'en' });
    // A visitor's switch is the browser's alone until they sign in.
    expect(sent(calls, 'PATCH', '/api/me')).toEqual([]);
  });
});
