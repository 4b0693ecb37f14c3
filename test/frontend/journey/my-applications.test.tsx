import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../fixtures';
import { summary } from './application-fixtures';
import { renderJourney, signedIn, signedOut, stubApi } from './journey-harness';

const sp = '[\\u202f\\u00a0 ]';

describe('Mes demandes', () => {
  it('lists each application with its status written out, reference, amount and last update', async () => {
    stubApi({
      ...signedIn,
      'GET /api/applications': () =>
        jsonResponse({
          items: [
            summary('app_1', 'draft', null),
            summary('app_2', 'changes_requested', 'ESS-2026-000002'),
            summary('app_3', 'approved', 'ESS-2026-000003'),
          ],
          cursor: null,
        }),
    });
    renderJourney('/demandes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })).toBeInTheDocument();
    expect(document.title).toBe('Mes demandes — Guichet ESS');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(3);
    const [draft, changes, approved] = cards as [HTMLElement, HTMLElement, HTMLElement];

    expect(within(draft).getByText('Brouillon')).toHaveClass('status-badge', 'status-badge--draft');
    expect(draft).toHaveTextContent('Brouillon — pas encore déposée');
    expect(within(draft).getByRole('link')).toHaveAttribute('href', '/demandes/app_1');
    expect(within(draft).getByRole('link')).toHaveAccessibleName("Fonds d'amorçage ESS 2026, brouillon créé le 2 novembre 2026");
    expect(draft).toHaveTextContent(new RegExp(`Montant demandé12${sp}000,50${sp}€`));
    expect(draft).toHaveTextContent('Dernière mise à jour13 novembre 2026');

    expect(within(changes).getByText('Modifications demandées')).toHaveClass('status-badge--changes_requested');
    expect(changes).toHaveTextContent('ESS-2026-000002');
    expect(within(changes).getByRole('link')).toHaveAccessibleName("Fonds d'amorçage ESS 2026, ESS-2026-000002");
    expect(within(approved).getByText('Acceptée')).toHaveClass('status-badge--approved');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
  });

  it('shows the badges in English too', async () => {
    localStorage.setItem('guichet.locale', 'en');
    stubApi({
      ...signedIn,
      'GET /api/applications': () => jsonResponse({ items: [summary('app_4', 'in_review', 'ESS-2026-000004')], cursor: null }),
    });
    renderJourney('/demandes');
    expect(await screen.findByRole('heading', { level: 1, name: 'My applications' })).toBeInTheDocument();
    expect(await screen.findByText('Under review')).toHaveClass('status-badge--in_review');
    expect(screen.getByRole('article')).toHaveTextContent(/Amount requested€12,000.50/);
  });

  it('loads more while the API has a cursor', async () => {
    const calls = stubApi({
      ...signedIn,
      'GET /api/applications': () => jsonResponse({ items: [summary('app_1', 'submitted', 'ESS-2026-000001')], cursor: 'next page' }),
      'GET /api/applications?cursor=next%20page': () =>
        jsonResponse({ items: [summary('app_2', 'rejected', 'ESS-2026-000002')], cursor: null }),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney('/demandes');
    await user.click(await screen.findByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText('Refusée')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Fonds d'amorçage ESS 2026, ESS-2026-000002" })).toHaveFocus();
    expect(calls.filter((call) => call.path === '/api/applications').map((call) => call.query.get('cursor'))).toEqual([null, 'next page']);
  });

  it('says when there is nothing yet and points to the open calls', async () => {
    stubApi({ ...signedIn, 'GET /api/applications': () => jsonResponse({ items: [], cursor: null }) });
    renderJourney('/demandes');
    expect(await screen.findByText("Vous n'avez pas encore de demande.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les appels à projets ouverts' })).toHaveAttribute('href', '/');
  });

  it('sends a visitor to sign in and back', async () => {
    stubApi({ ...signedOut });
    const page = renderJourney('/demandes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
    expect(page.history.get()).toBe('/connexion?suite=%2Fdemandes');
  });
});
