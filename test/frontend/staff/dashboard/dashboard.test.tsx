import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferred, renderApp } from '../../support/render-app';
import { jsonResponse } from '../../fixtures';
import { problem, stubApi } from '../../support/api-harness';
import { amorcageWithRubric, asManager, asReviewer, dashboard } from './staff-fixtures';

const PATH = '/gestion/programmes/amorcage-ess-2026/tableau-de-bord';
const sp = '[\\u202f\\u00a0 ]';
const money = (figure: string) => new RegExp(figure.replace(/ /g, sp));

function dashboardApi(overrides: Record<string, () => Response | Promise<Response>> = {}) {
  return stubApi({
    ...asManager,
    'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcageWithRubric),
    'GET /api/programs/amorcage-ess-2026/dashboard': () => jsonResponse(dashboard),
    ...overrides,
  });
}

describe('programme dashboard', () => {
  it('draws the applications by status as seven labelled bars, with the figures in a table', async () => {
    dashboardApi();
    renderApp(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: "Tableau de bord Fonds d'amorçage ESS 2026" })).toBeInTheDocument();
    expect(document.title).toBe("Tableau de bord — Fonds d'amorçage ESS 2026 — Guichet ESS");
    expect(screen.getByText('16 demandes au total, brouillons compris.')).toBeInTheDocument();

    const chart = screen.getByRole('img', { name: 'Nombre de demandes par statut' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('rect.chart__bar')).toHaveLength(7);
    const labels = [...chart.querySelectorAll('.chart__bar-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Brouillon', 'Déposée', 'En instruction', 'Modifications demandées', 'Acceptée', 'Refusée', 'Retirée']);
    const values = [...chart.querySelectorAll('.chart__value-label')].map((label) => label.textContent);
    expect(values).toEqual(['4', '3', '5', '1', '2', '1', '0']);
    const widths = [...chart.querySelectorAll('rect.chart__bar')].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[6]).toBe(0);
    expect(chart).toHaveAccessibleDescription(/En instruction\s: 5/);

    const statusSection = screen.getByRole('region', { name: 'Demandes par statut' });
    const table = within(statusSection).getByRole('table', { hidden: true });
    expect(within(table).getByRole('row', { name: 'En instruction 5', hidden: true })).toBeInTheDocument();
    expect(within(statusSection).getByText('Voir les données')).toBeInTheDocument();
  });

  it('shows the money against the envelope, with a meter and a step chart of what was awarded', async () => {
    dashboardApi();
    renderApp(PATH);
    const section = await screen.findByRole('region', { name: 'Enveloppe' });
    expect(section).toHaveTextContent(money('Enveloppe totale300 000 €'));
    expect(section).toHaveTextContent(money('Montant demandé210 000 €'));
    expect(section).toHaveTextContent(money('Montant attribué35 000 €'));
    expect(section).toHaveTextContent(money('Reste disponible265 000 €'));
    const meter = within(section).getByRole('meter', { name: 'Part de l’enveloppe attribuée' });
    expect(meter).toHaveAttribute('aria-valuenow', '12');
    expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(money('12 % de l’enveloppe attribuée')));

    const chart = within(section).getByRole('img', { name: 'Consommation de l’enveloppe au fil des décisions' });
    expect(chart.querySelectorAll('circle.chart__dot')).toHaveLength(2);
    expect(chart.querySelector('path.chart__line')?.getAttribute('d')).toMatch(
      /^M\d+(\.\d)? \d+(\.\d)? H[\d.]+ V[\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/,
    );
    expect(chart.querySelector('.chart__envelope-label')).toHaveTextContent(money('Enveloppe : 300 000 €'));
    expect(chart).toHaveTextContent('Montant attribué cumulé');
    expect(chart).toHaveTextContent('Jour de décision');
    expect(chart).toHaveTextContent('3 déc.');
    expect(chart).toHaveTextContent('10 déc.');
    expect(chart).toHaveAccessibleDescription(money('35 000 € attribués sur une enveloppe de 300 000 € au 10 décembre 2026'));
    const rows = within(section)
      .getAllByRole('row', { hidden: true })
      .map((row) => row.textContent);
    expect(rows[1]).toMatch(money('3 décembre 202615 000 €5 %'));
    expect(rows[2]).toMatch(money('10 décembre 202635 000 €12 %'));
  });

  it('says so instead of drawing an empty chart before the first award', async () => {
    dashboardApi({
      'GET /api/programs/amorcage-ess-2026/dashboard': () =>
        jsonResponse({ ...dashboard, envelopeOverTime: [], awardedCents: 0, remainingCents: 30_000_000 }),
    });
    renderApp(PATH);
    const section = await screen.findByRole('region', { name: 'Enveloppe' });
    expect(section).toHaveTextContent('Aucune subvention n’a encore été attribuée');
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(section).getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  });

  it('ranks the scored applications with links, scores on 100 and reviewer disagreement in words', async () => {
    dashboardApi();
    renderApp(PATH);
    const section = await screen.findByRole('region', { name: 'Classement par note pondérée' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'ESS-2026-000002' })).toHaveAttribute('href', '/gestion/demandes/app_000002');
    expect(first).toHaveTextContent(/^1ESS-2026-000002Fab Lab ArrasImprimer pour réparer/);
    expect(first).toHaveTextContent('86,7 / 100');
    expect(first).toHaveTextContent('Acceptée');
    expect(first).toHaveTextContent('Aucun');
    expect(second).toHaveTextContent('Écart sur : Impact social, Viabilité économique');
    expect(second).toHaveTextContent(money('25 000 €'));
    expect(within(third).getByRole('link', { name: 'Sans référence (Café culturel)' })).toHaveAttribute(
      'href',
      '/gestion/demandes/app_000011',
    );
    expect(third).toHaveTextContent('Non renseigné');
  });

  it('lists the applications still waiting for a review, flagging those with no reviewer', async () => {
    dashboardApi();
    renderApp(PATH);
    const section = await screen.findByRole('region', { name: 'Demandes en attente d’évaluation' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'ESS-2026-000021' })).toHaveAttribute('href', '/gestion/demandes/app_000021');
    expect(items[0]).toHaveTextContent('Aucun instructeur désigné');
    expect(items[1]).toHaveTextContent('2 instructeurs désignés, aucune évaluation remise');
  });

  it('links the CSV export to the API and says it opens in Excel', async () => {
    dashboardApi();
    renderApp(PATH);
    const link = await screen.findByRole('link', { name: 'Exporter en CSV' });
    expect(link).toHaveAttribute('href', '/api/programs/amorcage-ess-2026/export.csv');
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleDescription(/point-virgule.*Excel/);
  });

  it('refreshes the figures on demand, with the button disabled meanwhile', async () => {
    const second = deferred<Response>();
    let calls = 0;
    dashboardApi({
      'GET /api/programs/amorcage-ess-2026/dashboard': () => {
        calls += 1;
        return calls === 1 ? jsonResponse(dashboard) : second.promise;
      },
    });
    const user = userEvent.setup({ delay: null });
    renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Actualiser' }));
    expect(screen.getByRole('button', { name: 'Actualisation…' })).toBeDisabled();
    second.resolve(jsonResponse({ ...dashboard, counts: { ...dashboard.counts, approved: 3 }, awardedCents: 5_000_000 }));
    expect(await screen.findByRole('button', { name: 'Actualiser' })).toBeEnabled();
    expect(screen.getByRole('region', { name: 'Enveloppe' })).toHaveTextContent(money('Montant attribué50 000 €'));
    expect(screen.getAllByRole('status').some((status) => /Chiffres à jour à \d\d:\d\d\./.test(status.textContent ?? ''))).toBe(true);
    expect(calls).toBe(2);
  });

  it('keeps the figures on screen when a refresh fails, and says they are not fresh', async () => {
    let calls = 0;
    dashboardApi({
      'GET /api/programs/amorcage-ess-2026/dashboard': () => {
        calls += 1;
        return calls === 1 ? jsonResponse(dashboard) : problem(503, { fr: 'Service indisponible.', en: 'Service unavailable.' });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Actualiser' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Les chiffres n’ont pas pu être actualisés : ceux affichés datent de \d\d:\d\d\./,
    );
    expect(screen.getByRole('region', { name: 'Enveloppe' })).toHaveTextContent(money('Montant attribué35 000 €'));
  });

  it('says when the programme does not exist', async () => {
    dashboardApi({
      'GET /api/programs/amorcage-ess-2026/dashboard': () => problem(404, { fr: 'Programme introuvable.', en: 'Programme not found.' }),
      'GET /api/programs/amorcage-ess-2026': () => problem(404, { fr: 'Programme introuvable.', en: 'Programme not found.' }),
    });
    renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Tous les programmes' })).toHaveAttribute('href', '/gestion');
  });

  it('shows the dashboard in English', async () => {
    localStorage.setItem('guichet.locale', 'en');
    dashboardApi();
    renderApp(PATH);
    expect(await screen.findByRole('img', { name: 'Number of applications by status' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Envelope used, decision after decision' })).toHaveTextContent('3 Dec');
    expect(screen.getByText('Gap on: Social impact, Economic viability')).toBeInTheDocument();
  });

  it('refuses a reviewer without asking the API for the figures', async () => {
    const calls = stubApi({ ...asReviewer });
    renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
    expect(calls.some((call) => call.path.includes('/dashboard'))).toBe(false);
  });
});
