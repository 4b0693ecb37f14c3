import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../fixtures';
import { program, queueItem, team } from './review-fixtures';
import { manager, renderApp, reviewer, sent, signedInAs, stubApi, warmUpStaffRoutes } from './staff-harness';
import type { Handlers } from '../../support/api-harness';

beforeAll(warmUpStaffRoutes);

const path = `/gestion/programmes/${program.id}`;

function queueApi(me = manager, overrides: Handlers = {}) {
  return stubApi({
    ...signedInAs(me),
    [`GET /api/programs/${program.id}`]: () => jsonResponse(program),
    'GET /api/users': () => jsonResponse({ items: team }),
    'GET /api/applications': (_, { query }) =>
      query.get('cursor') === 'page-2'
        ? jsonResponse({ items: [queueItem('app_3')], cursor: null })
        : jsonResponse({
            items: [
              queueItem('app_1', { reviewerCount: 0, conflictCount: 1, disagreement: true, score: 72.5, conflict: 'pending' }),
              queueItem('app_2', { reviewerCount: 2, projectTitle: 'Ressourcerie mobile' }),
            ],
            cursor: 'page-2',
          }),
    ...overrides,
  });
}

describe('staff queue', () => {
  it('lists the files with their figures, flags in words, and links to each', async () => {
    const calls = queueApi();
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: "Fonds d'amorçage ESS 2026" })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Demandes déposées' });
    const first = within(table).getByRole('link', { name: 'Projet app_1' }).closest('tr') as HTMLElement;
    expect(within(table).getByRole('link', { name: 'Projet app_1' })).toHaveAttribute('href', '/gestion/demandes/app_1');
    expect(first).toHaveTextContent('ESS-2026-000001');
    expect(first).toHaveTextContent('Structure app_1');
    expect(first).toHaveTextContent(/12[\u202f\u00a0 ]000[\u202f\u00a0 ]€/);
    expect(first).toHaveTextContent('5 novembre 2026');
    expect(first).toHaveTextContent('72,5 / 100');
    expect(within(first).getByText('Non attribuée')).toBeInTheDocument();
    expect(within(first).getByText("1 conflit d'intérêts déclaré")).toBeInTheDocument();
    expect(within(first).getByText('Évaluations divergentes')).toBeInTheDocument();
    expect(within(first).queryByText('Déclaration à faire')).not.toBeInTheDocument();
    const second = within(table).getByRole('link', { name: 'Ressourcerie mobile' }).closest('tr') as HTMLElement;
    expect(second).toHaveTextContent('2 personnes assignées');
    expect(second).toHaveTextContent('Pas encore notée');

    expect(screen.getByRole('link', { name: 'Tableau de bord du programme' })).toHaveAttribute('href', `${path}/tableau-de-bord`);
    expect(screen.getByRole('link', { name: 'Modifier le programme' })).toHaveAttribute('href', `${path}/modifier`);
    expect(screen.getByText('2 demandes affichées.')).toBeInTheDocument();
    const firstCall = sent(calls, 'GET', '/api/applications')[0];
    expect(firstCall?.query.get('status')).toBe('submitted');
    expect(firstCall?.query.get('sort')).toBe('date');
  });

  it('"Afficher plus" sends the cursor, appends the next page and moves focus to it', async () => {
    const calls = queueApi();
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Afficher plus' }));

    const third = await screen.findByRole('link', { name: 'Projet app_3' });
    expect(sent(calls, 'GET', '/api/applications').map((call) => call.query.get('cursor'))).toEqual([null, 'page-2']);
    expect(screen.getAllByRole('link', { name: /^Projet app_|Ressourcerie mobile/ })).toHaveLength(3);
    expect(third).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
    expect(screen.getByText('3 demandes affichées.')).toBeInTheDocument();
  });

  it('reloads the first page when the status filter or the sort changes', async () => {
    const calls = queueApi();
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await screen.findByRole('table', { name: 'Demandes déposées' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Statut' }), 'En instruction');
    expect(await screen.findByRole('heading', { level: 2, name: 'Demandes en instruction' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ordre' }), "Meilleure note d'abord");
    await vi.waitFor(() => expect(sent(calls, 'GET', '/api/applications')).toHaveLength(3));
    const queries = sent(calls, 'GET', '/api/applications').map((call) => [
      call.query.get('status'),
      call.query.get('sort'),
      call.query.get('cursor'),
    ]);
    expect(queries).toEqual([
      ['submitted', 'date', null],
      ['in_review', 'date', null],
      ['in_review', 'score', null],
    ]);
  });

  it('assigns the ticked files to the reviewers chosen, announces it and reloads the list', async () => {
    const calls = queueApi(manager, { 'PUT /api/programs/amorcage-ess-2026/assignments': () => jsonResponse({ added: 4 }) });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('checkbox', { name: 'Sélectionner ESS-2026-000001 — Projet app_1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner ESS-2026-000002 — Ressourcerie mobile' }));
    await user.click(screen.getByText('Attribuer la sélection (2 demandes)'));

    const reviewers = screen.getAllByRole('group', { name: "Personnes chargées de l'instruction" })[0] as HTMLElement;
    expect(within(reviewers).queryByText(/Ancien Compte/)).not.toBeInTheDocument();
    await user.click(within(reviewers).getByRole('checkbox', { name: 'Inès Bernard (instruction)' }));
    await user.click(within(reviewers).getByRole('checkbox', { name: 'Claire Martin (gestion du programme)' }));
    await user.click(screen.getByRole('button', { name: 'Attribuer les demandes cochées' }));

    const notice = await screen.findByText('4 attributions ajoutées');
    expect(notice.closest('[role="status"]')).toHaveFocus();
    expect(sent(calls, 'PUT', '/api/programs/amorcage-ess-2026/assignments').map((call) => call.body)).toEqual([
      {
        assignments: [
          { applicationId: 'app_1', reviewerIds: ['usr_ines', 'usr_claire'] },
          { applicationId: 'app_2', reviewerIds: ['usr_ines', 'usr_claire'] },
        ],
      },
    ]);
    await vi.waitFor(() => expect(sent(calls, 'GET', '/api/applications')).toHaveLength(2));
    expect(screen.getByRole('checkbox', { name: 'Sélectionner ESS-2026-000001 — Projet app_1' })).not.toBeChecked();
  });

  it('asks for a file and a reviewer before assigning, and sends nothing meanwhile', async () => {
    const calls = queueApi();
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByText('Attribuer la sélection (0 demande)'));
    await user.click(screen.getByRole('button', { name: 'Attribuer les demandes cochées' }));
    expect(screen.getByText('Cochez au moins une demande dans la liste.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez au moins une personne.')).toBeInTheDocument();
    expect(sent(calls, 'PUT', '/api/programs/amorcage-ess-2026/assignments')).toHaveLength(0);
  });

  it('shares files out automatically among the reviewers chosen, with the count per file', async () => {
    const calls = queueApi(manager, {
      'POST /api/programs/amorcage-ess-2026/assignments/round-robin': () => jsonResponse({ added: 5, applications: 3, more: false }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByText('Répartir automatiquement', { selector: 'summary' }));
    const form = screen.getByRole('group', { name: 'Répartir entre' });
    await user.click(within(form).getByRole('checkbox', { name: 'Inès Bernard (instruction)' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Paul Durand (instruction)' }));
    await user.click(screen.getByRole('radio', { name: '3 personnes' }));
    await user.click(screen.getByRole('button', { name: 'Répartir automatiquement' }));

    expect(await screen.findByText('5 attributions ajoutées pour 3 demandes.')).toBeInTheDocument();
    expect(sent(calls, 'POST', '/api/programs/amorcage-ess-2026/assignments/round-robin').map((call) => call.body)).toEqual([
      { reviewerIds: ['usr_ines', 'usr_paul'], perApplication: 3 },
    ]);
    await vi.waitFor(() => expect(sent(calls, 'GET', '/api/applications')).toHaveLength(2));
  });

  it('says when files remain beyond one round-robin batch', async () => {
    queueApi(manager, {
      'POST /api/programs/amorcage-ess-2026/assignments/round-robin': () => jsonResponse({ added: 600, applications: 300, more: true }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByText('Répartir automatiquement', { selector: 'summary' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Répartir entre' })).getByRole('checkbox', { name: 'Inès Bernard (instruction)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Répartir automatiquement' }));
    expect(await screen.findByText(/D’autres demandes restent à répartir : relancez la répartition\.$/)).toBeInTheDocument();
  });

  it('shows a reviewer their own queue: declarations due, no selection, no manager tools', async () => {
    const calls = queueApi(reviewer);
    renderApp(path);
    const table = await screen.findByRole('table', { name: 'Demandes déposées' });
    expect(within(table).getByText('Déclaration à faire')).toBeInTheDocument();
    expect(within(table).queryByText("1 conflit d'intérêts déclaré")).not.toBeInTheDocument();
    expect(within(table).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Attribution' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier le programme' })).not.toBeInTheDocument();
    expect(sent(calls, 'GET', '/api/users')).toHaveLength(0);
  });

  it('shows cards rather than a table on a phone', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    queueApi();
    renderApp(path);
    const cards = await screen.findByRole('list', { name: 'Demandes déposées' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(cards).getAllByRole('listitem')).toHaveLength(2);
    expect(within(cards).getByRole('heading', { level: 3, name: 'Ressourcerie mobile' })).toBeInTheDocument();
  });
});
