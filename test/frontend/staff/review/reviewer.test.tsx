import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReviewInput } from '../../../../functions/src/domain/scoring';
import { jsonResponse } from '../../fixtures';
import { program, review, reviewState, staffEvents, staffView, subject } from './review-fixtures';
import { polyfillDialog, problem, renderApp, reviewer, sent, signedInAs, stubApi, warmUpStaffRoutes } from './staff-harness';

beforeAll(async () => {
  polyfillDialog();
  await warmUpStaffRoutes();
});

const path = '/gestion/demandes/app_1';
const reviewPath = '/api/applications/app_1/reviews/me';

type Handler = (body: unknown) => Response | Promise<Response>;

function reviewerApi(initial: ReturnType<typeof reviewState>, overrides: Record<string, Handler> = {}) {
  let state = initial;
  const calls = stubApi({
    ...signedInAs(reviewer),
    [`GET ${reviewPath}`]: () => jsonResponse(state),
    [`PUT ${reviewPath}`]: (body) => {
      const input = body as ReviewInput;
      state = input.conflictOfInterest
        ? reviewState('declared')
        : reviewState(
            'none',
            input.submitted || Object.keys(input.scores).length > 0
              ? review({
                  scores: input.scores,
                  comment: input.comment,
                  submitted: input.submitted,
                  weightedScore: input.submitted ? 72 : null,
                  submittedAt: input.submitted ? '2026-11-09T10:00:00Z' : null,
                })
              : null,
          );
      return jsonResponse(state);
    },
    'GET /api/applications/app_1': () => jsonResponse(staffView('in_review')),
    'GET /api/applications/app_1/events': () => jsonResponse({ items: staffEvents }),
    'GET /api/applications/app_1/messages': () => jsonResponse({ items: [] }),
    [`GET /api/programs/${program.id}`]: () => jsonResponse(program),
    ...overrides,
  });
  return calls;
}

async function scoreAll(user: ReturnType<typeof userEvent.setup>) {
  const impact = await screen.findByRole('group', { name: 'Impact social (coefficient 3)' });
  await user.click(within(impact).getByRole('radio', { name: '4 sur 5' }));
  await user.type(
    within(impact).getByRole('textbox', { name: 'Commentaire sur «\u00a0Impact social\u00a0» (facultatif)' }),
    'Deux emplois.',
  );
  const viability = screen.getByRole('group', { name: 'Viabilité économique (coefficient 2)' });
  await user.click(within(viability).getByRole('radio', { name: '3 sur 5' }));
}

describe('reviewer on a file', () => {
  it('shows only the subject and the declaration until it is made; "no conflict" reveals the file and the rubric', async () => {
    const calls = reviewerApi(reviewState('pending'));
    const user = userEvent.setup({ delay: null });
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier de réparation de vélos' })).toBeInTheDocument();
    expect(screen.getByText('La Ressourcerie du Beffroi')).toBeInTheDocument();
    expect(screen.getByText('ESS-2026-000001')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Votre évaluation' })).not.toBeInTheDocument();
    expect(sent(calls, 'GET', '/api/applications/app_1')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Enregistrer ma déclaration' }));
    expect(screen.getByRole('group', { name: "Avez-vous un conflit d'intérêts avec cette demande\u00a0?" })).toHaveAccessibleDescription(
      expect.stringContaining('Choisissez une réponse.'),
    );
    expect(sent(calls, 'PUT', reviewPath)).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: "Je n'ai aucun conflit d'intérêts" }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma déclaration' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Votre évaluation' })).toBeInTheDocument();
    expect(sent(calls, 'PUT', reviewPath).map((call) => call.body)).toEqual([
      { conflictOfInterest: false, scores: {}, comment: '', submitted: false },
    ]);
    const notice = await screen.findByText("Absence de conflit d'intérêts enregistrée. Vous pouvez instruire la demande.");
    await vi.waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(await screen.findByRole('group', { name: 'Impact social (coefficient 3)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Demander des modifications' })).toBeInTheDocument();
  });

  it('after declaring a conflict, explains that the file left the queue, even when the API answers 404', async () => {
    reviewerApi(reviewState('pending'), { [`PUT ${reviewPath}`]: () => problem(404, { fr: 'Introuvable.', en: 'Not found.' }) });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await user.click(await screen.findByRole('radio', { name: "J'ai un conflit d'intérêts" }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma déclaration' }));

    const heading = await screen.findByRole('heading', { level: 1, name: "Conflit d'intérêts déclaré" });
    expect(heading).toHaveFocus();
    expect(
      screen.getByText(/Cette demande a quitté votre file et la personne responsable du programme a été prévenue/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux demandes du programme' })).toHaveAttribute(
      'href',
      `/gestion/programmes/${program.id}`,
    );
  });

  it('transmits every score with submitted: true after confirmation, then shows the locked review', async () => {
    const calls = reviewerApi(reviewState('none'));
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await scoreAll(user);
    await user.type(screen.getByRole('textbox', { name: 'Commentaire général' }), 'Projet solide.');
    await user.click(screen.getByRole('button', { name: "Transmettre l'évaluation" }));

    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('Note pondérée : 72 / 100');
    expect(sent(calls, 'PUT', reviewPath)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Oui, transmettre' }));

    expect(await screen.findByText('Évaluation transmise.')).toBeInTheDocument();
    expect(sent(calls, 'PUT', reviewPath).map((call) => call.body)).toEqual([
      {
        conflictOfInterest: false,
        scores: { impact: { score: 4, comment: 'Deux emplois.' }, viabilite: { score: 3, comment: '' } },
        comment: 'Projet solide.',
        submitted: true,
      },
    ]);
    const section = screen.getByRole('region', { name: 'Votre évaluation' });
    expect(within(section).getByText(/Évaluation transmise le 9 novembre 2026\./)).toBeInTheDocument();
    expect(within(section).getByText('Note pondérée : 72 / 100', { normalizer: (text) => text.replace(/\s+/g, ' ') })).toBeInTheDocument();
    expect(within(section).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: "Transmettre l'évaluation" })).not.toBeInTheDocument();
  });

  it('will not transmit with a criterion unscored: the summary links to it and nothing is sent', async () => {
    const calls = reviewerApi(reviewState('none'));
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    const impact = await screen.findByRole('group', { name: 'Impact social (coefficient 3)' });
    await user.click(within(impact).getByRole('radio', { name: '5 sur 5' }));
    await user.click(screen.getByRole('button', { name: "Transmettre l'évaluation" }));

    const summary = screen.getByRole('alert', { name: 'Il y a un problème' });
    expect(within(summary).getByRole('link', { name: 'Viabilité économique : Notez ce critère avant de transmettre.' })).toHaveAttribute(
      'href',
      '#score-viabilite',
    );
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    expect(sent(calls, 'PUT', reviewPath)).toHaveLength(0);
  });

  it("puts the API's missing criteria next to them, and says when the review is locked", async () => {
    let answer: Response = problem(
      400,
      { fr: 'Données invalides.', en: 'Invalid.' },
      {
        errors: [{ path: 'body.scores.viabilite', message: { fr: 'Notez ce critère avant de transmettre.', en: 'Score this criterion.' } }],
      },
    );
    const calls = reviewerApi(reviewState('none'), { [`PUT ${reviewPath}`]: () => answer });
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    await scoreAll(user);
    await user.click(screen.getByRole('button', { name: "Transmettre l'évaluation" }));
    await user.click(within(screen.getByRole('dialog', { hidden: true })).getByRole('button', { name: 'Oui, transmettre' }));

    expect(await screen.findByRole('link', { name: 'Viabilité économique : Notez ce critère avant de transmettre.' })).toBeInTheDocument();
    const viability = screen.getByRole('group', { name: 'Viabilité économique (coefficient 2)' });
    expect(viability).toHaveAccessibleDescription(expect.stringContaining('Notez ce critère avant de transmettre.'));
    expect(within(viability).getByRole('radio', { name: '3 sur 5' })).toBeChecked();

    answer = problem(409, { fr: 'Cette évaluation est déjà transmise : elle ne peut plus être modifiée.', en: 'Locked.' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByText('Cette évaluation est déjà transmise : elle ne peut plus être modifiée.')).toBeInTheDocument();
    expect(sent(calls, 'PUT', reviewPath).map((call) => (call.body as ReviewInput).submitted)).toEqual([true, false]);
  });

  it('saves a draft and reads it back into the form', async () => {
    const calls = reviewerApi(
      reviewState(
        'none',
        review({
          submitted: false,
          submittedAt: null,
          weightedScore: null,
          scores: { impact: { score: 2, comment: 'À préciser.' } },
          comment: '',
        }),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(path);
    const impact = await screen.findByRole('group', { name: 'Impact social (coefficient 3)' });
    expect(within(impact).getByRole('radio', { name: '2 sur 5' })).toBeChecked();
    expect(within(impact).getByRole('textbox')).toHaveValue('À préciser.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByText(/Brouillon enregistré le/)).toBeInTheDocument();
    expect(sent(calls, 'PUT', reviewPath).map((call) => call.body)).toEqual([
      { conflictOfInterest: false, scores: { impact: { score: 2, comment: 'À préciser.' } }, comment: '', submitted: false },
    ]);
  });

  it('answers "not found" for a file that is not assigned', async () => {
    reviewerApi(reviewState('none'), { [`GET ${reviewPath}`]: () => problem(404, { fr: 'Introuvable.', en: 'Not found.' }) });
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Demande introuvable' })).toBeInTheDocument();
    expect(screen.getByText("Cette demande n'existe pas, ou elle ne vous est pas attribuée.")).toBeInTheDocument();
    expect(subject.id).toBe('app_1');
  });
});
