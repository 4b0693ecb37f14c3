import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { amorcageSummary, innovationSummary, jsonResponse } from './fixtures';
import { deferred, renderApp } from './render-app';

describe('home page', () => {
  it('shows a loading state, then one card per open programme', async () => {
    const pending = deferred<Response>();
    const requests: Request[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      // The header asks who is signed in; nobody is.
      if (String(input) === '/api/me') return Promise.resolve(jsonResponse({ status: 401 }, 401));
      requests.push(new Request(new URL(String(input), 'http://localhost'), init));
      return pending.promise;
    });
    renderApp('/');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Financer votre projet d'économie sociale et solidaire",
    );
    const section = screen.getByRole('region', { name: 'Appels ouverts' });
    expect(within(section).getByRole('status')).toHaveTextContent('Chargement…');
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(document.title).toBe('Accueil — Guichet ESS');

    pending.resolve(jsonResponse({ items: [amorcageSummary, innovationSummary] }));

    const titles = await within(section).findAllByRole('heading', { level: 3 });
    expect(titles.map((title) => title.textContent)).toEqual([
      "Fonds d'amorçage ESS 2026",
      'Appel à projets Innovation sociale 2026',
    ]);
    expect(screen.queryByText('Chargement…')).not.toBeInTheDocument();
    expect(section).toHaveAttribute('aria-busy', 'false');
    expect(requests[0]?.url).toBe('http://localhost/api/programs');
    expect(requests[0]?.headers.get('Accept')).toBe('application/json');
    expect(requests[0]?.credentials).toBe('same-origin');
  });

  it('announces a failed load and recovers on retry', async () => {
    const answers = [
      jsonResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, 500),
      jsonResponse({ items: [innovationSummary] }),
    ];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input) === '/api/me' ? jsonResponse({ status: 401 }, 401) : (answers.shift() ?? jsonResponse({ items: [] })),
    );
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
    vi.stubGlobal('fetch', async () => jsonResponse({ items: [] }));
    renderApp('/');
    expect(await screen.findByText("Aucun appel à projets n'est ouvert pour le moment.")).toBeInTheDocument();
  });

  it('shows the regulatory links in the footer', () => {
    vi.stubGlobal('fetch', async () => jsonResponse({ items: [] }));
    renderApp('/');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Accessibilité : non conforme' })).toHaveAttribute(
      'href',
      '/accessibilite',
    );
    expect(within(footer).getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/mentions-legales');
    expect(within(footer).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute(
      'href',
      '/donnees-personnelles',
    );
  });
});
