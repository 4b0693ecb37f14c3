import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amorcageSummary, jsonResponse } from '../../fixtures';
import { problem, stubApi } from '../../support/api-harness';
import { renderApp } from '../../support/render-app';
import { asManager, asReviewer, closedSummary, draftSummary, programs } from './staff-fixtures';

const sp = '[\\u202f\\u00a0 ]';

describe('staff home', () => {
  it('shows a manager every programme grouped by status, with files, dashboard and edit links', async () => {
    stubApi({ ...asManager, 'GET /api/programs?scope=all': () => jsonResponse({ items: programs }) });
    renderApp('/gestion');

    expect(await screen.findByRole('heading', { level: 1, name: 'Programmes' })).toBeInTheDocument();
    expect(document.title).toBe('Programmes — Guichet ESS');
    expect(screen.getByText(/Bonjour Marie Dupont\. En tant que gestionnaire/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nouveau programme' })).toHaveAttribute('href', '/gestion/programmes/nouveau');

    const groups = await screen.findAllByRole('heading', { level: 2 });
    expect(groups.map((heading) => heading.textContent)).toEqual(['Brouillons (1)', 'Publiés (1)', 'Clôturés (1)']);

    const drafts = screen.getByRole('region', { name: 'Brouillons (1)' });
    expect(within(drafts).getByRole('heading', { level: 3 })).toHaveTextContent(draftSummary.title.fr);
    expect(within(drafts).getByRole('link', { name: `Modifier — ${draftSummary.title.fr}` })).toHaveAttribute(
      'href',
      '/gestion/programmes/tiers-lieux-2027/modifier',
    );

    const published = screen.getByRole('region', { name: 'Publiés (1)' });
    expect(published).toHaveTextContent('Du 1 novembre 2026 au 28 février 2027 à 23 h 59, heure de Paris');
    expect(published).toHaveTextContent(new RegExp(`Enveloppe totale300${sp}000${sp}€`));
    const title = amorcageSummary.title.fr;
    expect(within(published).getByRole('link', { name: `Dossiers — ${title}` })).toHaveAttribute(
      'href',
      '/gestion/programmes/amorcage-ess-2026',
    );
    expect(within(published).getByRole('link', { name: `Tableau de bord — ${title}` })).toHaveAttribute(
      'href',
      '/gestion/programmes/amorcage-ess-2026/tableau-de-bord',
    );
    expect(within(published).getByRole('link', { name: `Modifier — ${title}` })).toHaveAttribute(
      'href',
      '/gestion/programmes/amorcage-ess-2026/modifier',
    );
  });

  it('gives a reviewer the files only: no dashboard, no editing, no new programme', async () => {
    stubApi({ ...asReviewer, 'GET /api/programs?scope=all': () => jsonResponse({ items: [amorcageSummary, closedSummary] }) });
    renderApp('/gestion');

    expect(await screen.findByText(/Bonjour Karim Benali\. En tant qu’instructeur ou instructrice/)).toBeInTheDocument();
    const groups = await screen.findAllByRole('heading', { level: 2 });
    expect(groups.map((heading) => heading.textContent)).toEqual(['Publiés (1)', 'Clôturés (1)']);
    expect(screen.getByRole('link', { name: `Dossiers — ${closedSummary.title.fr}` })).toHaveAttribute(
      'href',
      '/gestion/programmes/ressourceries-2025',
    );
    expect(screen.queryByRole('link', { name: /Tableau de bord/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Modifier/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouveau programme' })).not.toBeInTheDocument();
  });

  it('tells a manager with no programme how to start', async () => {
    stubApi({ ...asManager, 'GET /api/programs?scope=all': () => jsonResponse({ items: [] }) });
    renderApp('/gestion');
    expect(await screen.findByText(/Aucun programme pour l’instant\. Créez le premier/)).toBeInTheDocument();
  });

  it('offers a retry when the list fails, and shows it once the API answers', async () => {
    let fail = true;
    stubApi({
      ...asManager,
      'GET /api/programs?scope=all': () =>
        fail ? problem(503, { fr: 'Indisponible.', en: 'Unavailable.' }) : jsonResponse({ items: programs }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/gestion');
    expect(await screen.findByRole('alert')).toHaveTextContent('Les programmes n’ont pas pu être chargés.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Publiés (1)' })).toBeInTheDocument();
  });

  it('shows the same page in English', async () => {
    localStorage.setItem('guichet.locale', 'en');
    stubApi({ ...asManager, 'GET /api/programs?scope=all': () => jsonResponse({ items: programs }) });
    renderApp('/gestion');
    expect(await screen.findByRole('heading', { level: 2, name: 'Drafts (1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Dashboard — ${amorcageSummary.title.en}` })).toBeInTheDocument();
  });

  it('says whether each published programme is taking applications today', async () => {
    const day = 86_400_000;
    const at = (offset: number) => new Date(Date.now() + offset * day).toISOString();
    const open = { ...amorcageSummary, id: 'ouvert', opensAt: at(-10), closesAt: at(20) };
    const upcoming = { ...amorcageSummary, id: 'a-venir', title: { fr: 'À venir', en: 'Upcoming' }, opensAt: at(5), closesAt: at(60) };
    const ended = { ...amorcageSummary, id: 'fini', title: { fr: 'Terminé', en: 'Ended' }, opensAt: at(-60), closesAt: at(-1) };
    stubApi({ ...asManager, 'GET /api/programs?scope=all': () => jsonResponse({ items: [open, upcoming, ended] }) });
    renderApp('/gestion');
    const cards = await screen.findAllByRole('article');
    const state = (title: string) =>
      cards.find((card) => card.textContent?.includes(title))?.querySelector('.staff-program__state')?.textContent;
    expect(state(amorcageSummary.title.fr)).toBe('Dépôts ouverts');
    expect(state('À venir')).toBe('Dépôts pas encore ouverts');
    expect(state('Terminé')).toBe('Période de dépôt terminée');
  });
});
