import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { jsonResponse } from '../../fixtures';
import { managerReviews, program, reviewState, staffEvents, staffView, team } from './review-fixtures';
import { manager, polyfillDialog, problem, renderApp, sent, signedInAs, stubApi, warmUpStaffRoutes } from './staff-harness';

beforeAll(async () => {
  polyfillDialog();
  await warmUpStaffRoutes();
});

const path = '/gestion/demandes/app_1';
const transitions = '/api/applications/app_1/transitions';

type Handler = (body: unknown) => Response | Promise<Response>;

function managerApi(initial: 'submitted' | 'in_review' | 'approved' | 'rejected', overrides: Record<string, Handler> = {}) {
  let status: ApplicationStatus = initial;
  const next: Record<string, ApplicationStatus> = {
    start_review: 'in_review',
    request_changes: 'changes_requested',
    approve: 'approved',
    reject: 'rejected',
    reopen: 'in_review',
  };
  return stubApi({
    ...signedInAs(manager),
    'GET /api/applications/app_1': () => jsonResponse(staffView(status as 'in_review')),
    'GET /api/applications/app_1/events': () => jsonResponse({ items: staffEvents }),
    'GET /api/applications/app_1/messages': () => jsonResponse({ items: [] }),
    'GET /api/applications/app_1/reviews': () => jsonResponse(managerReviews),
    // A manager who is not among the reviewers has no review of their own.
    'GET /api/applications/app_1/reviews/me': () =>
      problem(404, { fr: 'Aucune évaluation ne vous est attribuée.', en: 'No review is assigned to you.' }),
    'GET /api/users': () => jsonResponse({ items: team }),
    [`GET /api/programs/${program.id}`]: () => jsonResponse(program),
    [`POST ${transitions}`]: (body) => {
      status = next[(body as { event: string }).event] ?? status;
      return jsonResponse(staffView(status as 'in_review'));
    },
    ...overrides,
  });
}

describe('manager on a file', () => {
  it('shows the reviews: declarations with the conflict flagged, the mean score, disagreements and each review', async () => {
    managerApi('in_review');
    renderApp(path);
    const panel = await screen.findByRole('region', { name: 'Évaluations' });
    expect(
      await within(panel).findByText('Note moyenne : 57 / 100 (2 évaluations transmises)', {
        normalizer: (text) => text.replace(/\s+/g, ' '),
      }),
    ).toBeInTheDocument();
    expect(within(panel).getByText("Conflit d'intérêts déclaré — à réattribuer").closest('li')).toHaveTextContent('Paul Durand');
    expect(within(panel).getByText(/Évaluations divergentes \(3 points d'écart ou plus\) sur.*Impact social/)).toBeInTheDocument();
    const ines = within(panel).getByRole('article', { name: 'Évaluation de Inès Bernard' });
    expect(ines).toHaveTextContent('Deux emplois créés.');
    expect(ines).toHaveTextContent('Projet solide.');
    expect(within(panel).getByRole('article', { name: 'Évaluation de Marc Petit' })).toHaveTextContent('42 / 100');

    const history = screen.getByRole('region', { name: 'Historique' });
    expect(within(history).getByText('Demande attribuée à Inès Bernard')).toBeInTheDocument();
    expect(within(history).getAllByText("Visible par l'équipe seulement")).toHaveLength(2);
    expect(within(history).getByText(/Note pondérée : 72,5/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Éligibilité au dépôt' })).toHaveTextContent('Les associations sont éligibles.');
  });

  it('"Demander des modifications" needs a message, then sends it and confirms with focus', async () => {
    const calls = managerApi('in_review');
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Demander des modifications' }));
    const box = screen.getByRole('textbox', { name: 'Modifications attendues' });
    expect(box).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande de modifications' }));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Ce texte est obligatoire.'));
    expect(sent(calls, 'POST', transitions)).toHaveLength(0);

    await user.type(box, 'Merci de joindre le budget signé.');
    expect(screen.getByText('33 / 5 000 caractères', { normalizer: (text) => text.replace(/\s+/g, ' ') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande de modifications' }));
    const notice = await screen.findByText('Demande de modifications envoyée au porteur de projet.');
    expect(notice.closest('[role="status"]')).toHaveFocus();
    expect(sent(calls, 'POST', transitions).map((call) => call.body)).toEqual([
      { event: 'request_changes', message: 'Merci de joindre le budget signé.' },
    ]);
    expect(await screen.findByText('Modifications demandées', { selector: '.status-badge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Demander des modifications' })).not.toBeInTheDocument();
  });

  it('approves in cents from the amount typed, and shows what remains of the envelope on a 409', async () => {
    const calls = managerApi('in_review', {
      [`POST ${transitions}`]: () =>
        problem(409, { fr: "L'enveloppe du programme ne suffit plus : il reste 8 000 €.", en: 'The envelope is not enough.' }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Accorder' }));
    const amount = screen.getByRole('textbox', { name: 'Montant accordé, en euros' });
    expect(amount).toHaveValue('12\u202f000');
    await user.clear(amount);
    await user.type(amount, '13 000');
    await user.click(screen.getByRole('button', { name: "Accorder l'aide" }));
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('ne peut pas dépasser le montant demandé'));
    expect(sent(calls, 'POST', transitions)).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '10 000,50');
    await user.click(screen.getByRole('button', { name: /^Accorder 10[\u202f\u00a0 ]000,50[\u202f\u00a0 ]€$/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent("L'enveloppe du programme ne suffit plus : il reste 8 000 €.");
    expect(sent(calls, 'POST', transitions).map((call) => call.body)).toEqual([{ event: 'approve', amountAwardedCents: 1_000_050 }]);
    expect(amount).toHaveValue('10 000,50');
  });

  it('approves and then offers to re-open the decision with a reason', async () => {
    const calls = managerApi('in_review');
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Accorder' }));
    await user.click(screen.getByRole('button', { name: /^Accorder 12/ }));
    expect(await screen.findByText(/^Aide de 12.000 € accordée\. Le porteur de projet en est informé par e-mail\.$/)).toBeInTheDocument();
    expect(sent(calls, 'POST', transitions).map((call) => call.body)).toEqual([{ event: 'approve', amountAwardedCents: 1_200_000 }]);

    await user.click(await screen.findByRole('button', { name: 'Rouvrir la décision' }));
    await user.type(screen.getByRole('textbox', { name: 'Motif de la réouverture' }), 'Erreur sur le montant.');
    await user.click(screen.getAllByRole('button', { name: 'Rouvrir la décision' })[1] as HTMLElement);
    await vi.waitFor(() =>
      expect(sent(calls, 'POST', transitions).map((call) => call.body)).toContainEqual({
        event: 'reopen',
        reason: 'Erreur sur le montant.',
      }),
    );
  });

  it('refuses only with a reason, and starts the review of a submitted file', async () => {
    const calls = managerApi('submitted');
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    expect(await screen.findByText("Pour accorder l'aide, commencez d'abord l'instruction.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accorder' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    await user.click(screen.getByRole('button', { name: 'Refuser la demande' }));
    expect(screen.getByRole('textbox', { name: 'Motif du refus' })).toHaveAccessibleDescription(
      expect.stringContaining('Ce texte est obligatoire.'),
    );
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('button', { name: 'Refuser' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: "Commencer l'instruction" }));
    expect(await screen.findByText('Instruction commencée.')).toBeInTheDocument();
    expect(sent(calls, 'POST', transitions).map((call) => call.body)).toEqual([{ event: 'start_review' }]);
    expect(await screen.findByRole('button', { name: 'Accorder' })).toBeInTheDocument();
  });

  it('adds reviewers to this file, offering only people not yet assigned', async () => {
    const calls = managerApi('in_review', { 'PUT /api/programs/amorcage-ess-2026/assignments': () => jsonResponse({ added: 1 }) });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('button', { name: "Attribuer à d'autres personnes" }));
    const picker = await screen.findByRole('group', { name: "Personnes chargées de l'instruction" });
    expect(within(picker).queryByRole('checkbox', { name: /Inès Bernard/ })).not.toBeInTheDocument();
    await user.click(within(picker).getByRole('checkbox', { name: 'Claire Martin (gestion du programme)' }));
    await user.click(screen.getByRole('button', { name: 'Attribuer cette demande' }));
    expect(await screen.findByText('1 attribution ajoutée')).toBeInTheDocument();
    expect(sent(calls, 'PUT', '/api/programs/amorcage-ess-2026/assignments').map((call) => call.body)).toEqual([
      { assignments: [{ applicationId: 'app_1', reviewerIds: ['usr_claire'] }] },
    ]);
    await vi.waitFor(() => expect(sent(calls, 'GET', '/api/applications/app_1/reviews')).toHaveLength(2));
  });

  it('lets a manager who is one of the reviewers declare, then score, like any reviewer', async () => {
    let mine = reviewState('pending');
    const calls = managerApi('in_review', {
      'GET /api/applications/app_1/reviews/me': () => jsonResponse(mine),
      'PUT /api/applications/app_1/reviews/me': () => {
        mine = reviewState('none');
        return jsonResponse(mine);
      },
    });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    const own = await screen.findByRole('region', { name: 'Votre évaluation' });
    expect(
      within(own).getByRole('heading', { level: 3, name: "Avez-vous un conflit d'intérêts avec cette demande\u00a0?" }),
    ).toBeInTheDocument();
    await user.click(within(own).getByRole('radio', { name: "Je n'ai aucun conflit d'intérêts" }));
    await user.click(within(own).getByRole('button', { name: 'Enregistrer ma déclaration' }));

    expect(await screen.findByRole('group', { name: 'Impact social (coefficient 3)' })).toBeInTheDocument();
    expect(sent(calls, 'PUT', '/api/applications/app_1/reviews/me').map((call) => call.body)).toEqual([
      { conflictOfInterest: false, scores: {}, comment: '', submitted: false },
    ]);
    expect(screen.getByText("Absence de conflit d'intérêts enregistrée. Vous pouvez instruire la demande.")).toBeInTheDocument();
  });

  it('shows no review of their own to a manager who is not among the reviewers', async () => {
    managerApi('in_review');
    renderApp(path);
    expect(await screen.findByRole('region', { name: 'Évaluations' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Votre évaluation' })).not.toBeInTheDocument();
  });
});
