import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../fixtures';
import { lea, problem, renderJourney, signedIn, stubApi } from './journey-harness';

const CODE_SENT = { sentTo: 'lea@example.org', resendAfterSeconds: 30, expiresInSeconds: 600 };
const INVALID_CODE = { fr: 'Ce code est invalide ou a expiré. Demandez-en un nouveau.', en: 'This code is invalid or has expired.' };

/** The API of a visitor who becomes signed in once the right code is posted. */
function signInApi() {
  let session = false;
  return stubApi({
    'GET /api/me': () => (session ? jsonResponse(lea) : problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' })),
    'POST /api/auth/code': () => jsonResponse(CODE_SENT, 202),
    'POST /api/auth/session': (body) => {
      if ((body as { code: string }).code !== '123456')
        return problem(400, INVALID_CODE, { errors: [{ path: 'body.code', message: INVALID_CODE }] });
      session = true;
      return jsonResponse(lea);
    },
    'GET /api/applications': () => jsonResponse({ items: [], cursor: null }),
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sign-in', () => {
  it('goes from the email to the code, explains a wrong code, then continues to `suite`', async () => {
    const calls = signInApi();
    const user = userEvent.setup({ delay: null });
    const page = renderJourney('/connexion?suite=%2Fdemandes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
    expect(document.title).toBe('Se connecter — Guichet ESS');
    const email = await screen.findByRole('textbox', { name: 'Adresse e-mail' });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    await user.type(email, 'lea@example');
    await user.click(screen.getByRole('button', { name: 'Recevoir un code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Indiquez une adresse e-mail complète, par exemple nom@exemple.fr.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((call) => call.path === '/api/auth/code')).toHaveLength(0);

    await user.type(email, '.org');
    await user.click(screen.getByRole('button', { name: 'Recevoir un code' }));
    const codeHeading = await screen.findByRole('heading', { level: 2, name: 'Saisissez le code reçu' });
    await vi.waitFor(() => expect(codeHeading).toHaveFocus());
    expect(calls.find((call) => call.path === '/api/auth/code')?.body).toEqual({ email: 'lea@example.org', locale: 'fr' });
    const sentTo = screen.getByText('lea@example.org', { selector: 'strong' });
    expect(sentTo.parentElement).toHaveTextContent('Nous avons envoyé un code à 6 chiffres à lea@example.org. Il est valable 10 minutes.');

    const code = screen.getByRole('textbox', { name: 'Code à 6 chiffres' });
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('maxlength', '6');
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(INVALID_CODE.fr);
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining(INVALID_CODE.fr));

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })).toBeInTheDocument();
    expect(page.history.get()).toBe('/demandes');
    const account = screen.getByRole('navigation', { name: 'Mon espace' });
    expect(within(account).getByRole('link', { name: 'Mes demandes' })).toHaveAttribute('href', '/demandes');
    expect(within(account).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('says how long to wait when the API refuses more codes', async () => {
    stubApi({
      'GET /api/me': () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' }),
      'POST /api/auth/code': () => problem(429, { fr: 'Patientez.', en: 'Wait.' }, { headers: { 'Retry-After': '42' } }),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney('/connexion');
    await user.type(await screen.findByRole('textbox', { name: 'Adresse e-mail' }), 'lea@example.org');
    await user.click(screen.getByRole('button', { name: 'Recevoir un code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives. Réessayez dans 42 secondes.');
  });

  it('lets a new code be asked only once the countdown is over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const calls = signInApi();
    const user = userEvent.setup({ delay: null });
    renderJourney('/connexion');
    await user.type(await screen.findByRole('textbox', { name: 'Adresse e-mail' }), 'lea@example.org');
    await user.click(screen.getByRole('button', { name: 'Recevoir un code' }));

    const resend = await screen.findByRole('button', { name: 'Renvoyer un code (dans 30 s)' });
    expect(resend).toBeDisabled();
    vi.advanceTimersByTime(10_000);
    expect(resend).toHaveTextContent('Renvoyer un code (dans 20 s)');
    expect(resend).toBeDisabled();
    vi.advanceTimersByTime(20_000);
    expect(resend).toHaveTextContent(/^Renvoyer un code$/);
    expect(resend).toBeEnabled();

    await user.click(resend);
    expect(
      await screen.findByText('Un nouveau code vient de vous être envoyé. Seul le dernier code reçu est valable.'),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.path === '/api/auth/code')).toHaveLength(2);
    expect(resend).toHaveTextContent('Renvoyer un code (dans 30 s)');
    expect(resend).toBeDisabled();

    await user.click(screen.getByRole('button', { name: "Changer d'adresse e-mail" }));
    expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toHaveValue('lea@example.org');
  });

  it('sends someone already signed in straight on, and never off the site', async () => {
    stubApi({ ...signedIn, 'GET /api/applications': () => jsonResponse({ items: [], cursor: null }) });
    const page = renderJourney('/connexion?suite=%2F%2Fevil.example%2Fphish');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })).toBeInTheDocument();
    expect(page.history.get()).toBe('/demandes');
  });

  it('signs out from the header', async () => {
    const calls = stubApi({
      ...signedIn,
      'GET /api/applications': () => jsonResponse({ items: [], cursor: null }),
      'DELETE /api/auth/session': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    const page = renderJourney('/demandes');
    const account = await screen.findByRole('navigation', { name: 'Mon espace' });
    expect(await within(account).findByText('lea@example.org')).toBeInTheDocument();
    await user.click(within(account).getByRole('button', { name: 'Se déconnecter' }));
    expect(await within(account).findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'DELETE' && call.path === '/api/auth/session')).toBe(true);
    await vi.waitFor(() => expect(page.history.get()).toBe('/'));
  });
});
