import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Program } from '../../../../functions/src/domain/program';
import { jsonResponse } from '../../fixtures';
import { stubApi } from '../../support/api-harness';
import { renderApp } from '../../support/render-app';
import { asManager, control, draftProgram, group, setValue } from './builder-harness';

describe('programme questions', { timeout: 30_000 }, () => {
  it('adds, reorders and checks questions with focus and announcements, and saves them in order', async () => {
    const user = userEvent.setup();
    const calls = stubApi({
      ...asManager,
      'GET /api/programs/fabrique-2027': () => jsonResponse(draftProgram),
      'GET /api/programs/fabrique-2027/events': () => jsonResponse({ items: [] }),
      'PUT /api/programs/fabrique-2027': (body) =>
        jsonResponse({ ...draftProgram, ...(body as Program), version: 2, updatedAt: '2026-11-20T10:00:00Z' }),
    });
    renderApp('/gestion/programmes/fabrique-2027/modifier');
    await screen.findByRole('heading', { level: 1, name: 'Fabrique à projets 2027' });
    const section = group('Questions du programme');

    await user.click(within(section).getByRole('button', { name: 'Ajouter une question' }));
    const second = group('Question 2', section);
    expect(control('Identifiant de la question', second)).toHaveFocus();
    expect(control('Identifiant de la question', second)).toHaveValue('question_2');
    expect(within(section).getByText('Question 2 ajoutée.')).toBeInTheDocument();
    setValue(control('Intitulé (français)', second), "Nombre d'emplois créés");
    setValue(control('Intitulé (anglais)', second), 'Number of jobs created');
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Type de réponse' }), 'number');

    await user.click(within(second).getByRole('button', { name: 'Monter Question 2' }));
    expect(within(section).getByText('Question déplacée en position 1.')).toBeInTheDocument();
    const first = group('Question 1', section);
    expect(control('Identifiant de la question', first)).toHaveValue('question_2');
    expect(within(first).getByRole('button', { name: 'Descendre Question 1' })).toHaveFocus();

    // The choice question, now second, loses an answer: a choice needs two.
    const options = group('Réponses proposées', group('Question 2', section));
    await user.click(within(options).getByRole('button', { name: 'Supprimer réponse 2 de la question 2' }));
    await user.click(screen.getByText('Enregistrer', { selector: 'button' }));
    const summary = (await screen.findByText('Il y a un problème')).closest('[role="alert"]') as HTMLElement;
    expect(
      within(summary).getByRole('link', {
        name: 'Question 2 — Réponses proposées\u00a0: Une question à choix propose au moins deux réponses.',
      }),
    ).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await user.click(within(options).getByRole('button', { name: 'Ajouter une réponse' }));
    const answer = group('Réponse 2', options);
    setValue(control('Valeur', answer), 'familles');
    setValue(control('Libellé (français)', answer), 'Familles');
    setValue(control('Libellé (anglais)', answer), 'Families');
    await user.click(screen.getByText('Enregistrer', { selector: 'button' }));

    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument();
    const sent = calls.find((call) => call.method === 'PUT')?.body as Program;
    expect(sent.questions.map((q) => [q.id, q.type, q.options?.map((o) => o.value) ?? null])).toEqual([
      ['question_2', 'number', null],
      ['public_vise', 'choice', ['jeunes', 'familles']],
    ]);
  });
});
