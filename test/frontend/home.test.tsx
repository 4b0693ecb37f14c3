import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amorcageSummary, innovationSummary, jsonResponse, signedOut } from './fixtures';
import { problem, stubApi } from './support/api-harness';
import { deferred, renderApp } from './support/render-app';

describe('home page', () => {
  it('shows a loading state, then one card per open programme', async () => {
    const pending = deferred<Response>();
    // The header asks who is signed in; nobody is.
    const calls = stubApi({ ...signedOut, 'GET /api/programs': () => pending.promise });
    renderApp('/');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Financer votre projet d'économie sociale et solidaire");
    const section = screen.getByRole('region', { name: 'Appels ouverts' });
    expect(within(section).getByRole('status')).toHaveTextContent('Chargement…');
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(document.title).toBe('Accueil — Guichet ESS');

    pending.resolve(jsonResponse({ items: [amorcageSummary, innovationSummary] }));

    const titles = await within(section).findAllByRole('heading', { level: 3 });
    expect(titles.map((title) => title.textContent)).toEqual(["Fonds d'amorçage ESS 2026", 'Appel à projets Innovation sociale 2026']);
    expect(screen.queryByText('Chargement…')).not.toBeInTheDocument();
    expect(section).toHaveAttribute('aria-busy', 'false');
    const [request] = calls.filter((call) => call.path === '/api/programs');
    expect(request?.url).toBe('/api/programs');
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.credentials).toBe('same-origin');
  });

  it('announces a failed load and recovers on retry', async () => {
    const answers = [
      () => problem(500, { fr: 'Une erreur inattendue est survenue.', en: 'An unexpected error occurred.' }),
      () => jsonResponse({ items: [innovationSummary] }),
    ];
    stubApi({ ...signedOut, 'GET /api/programs': () => (answers.shift() ?? (() => jsonResponse({ items: [] })))() });
    const user = userEvent.setup();
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Les appels à projets n'ont pas pu être chargés.");
    expect(alert).toHaveTextContent('Vérifiez votre connexion puis réessayez.');

    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('link', { name: 'Appel à projets Innovation sociale 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no programme is open', async () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [] }) });
    renderApp('/');
    expect(await screen.findByText("Aucun appel à projets n'est ouvert pour le moment.")).toBeInTheDocument();
  });

  it('shows the regulatory links in the footer', () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [] }) });
    renderApp('/');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Accessibilité : partiellement conforme' })).toHaveAttribute('href', '/accessibilite');
    expect(within(footer).getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/mentions-legales');
    expect(within(footer).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
  });
});
