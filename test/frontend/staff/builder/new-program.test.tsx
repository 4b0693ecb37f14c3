import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Program, ProgramInput } from '../../../../functions/src/domain/program';
import { jsonResponse } from '../../fixtures';
import { stubApi } from '../../support/api-harness';
import { renderApp } from '../../support/render-app';
import { asManager, conflict, control, group, reviewer, setValue } from './builder-harness';

const errorSummary = async () => (await screen.findByText('Il y a un problème')).closest('[role="alert"]') as HTMLElement;
const submitButton = () => screen.getByText('Créer le brouillon', { selector: 'button' });
const field = (label: string) => control(label);
const dateTime = (legend: string) => ({ getByLabelText: (label: string) => control(label, group(legend)) });

/** Fills every required field of a new programme, with amounts typed the French way. */
async function fillProgram() {
  await screen.findByRole('heading', { level: 1, name: 'Nouveau programme' });
  setValue(field('Identifiant'), 'fabrique-2027');
  setValue(field('Adresse e-mail de contact'), 'ess@agglo.example.org');
  for (const [name, fr, en] of [
    ['Titre', 'Fabrique à projets 2027', 'Project factory 2027'],
    ['Résumé', 'Pour lancer un projet ESS.', 'To start an ESS project.'],
    ['Description', 'Le programme finance le démarrage.', 'The programme funds start-ups.'],
  ] as const) {
    setValue(field(`${name} (français)`), fr);
    setValue(field(`${name} (anglais)`), en);
  }
  setValue(dateTime('Ouverture des dépôts').getByLabelText('Date'), '2027-03-01');
  setValue(dateTime('Ouverture des dépôts').getByLabelText('Heure'), '09:00');
  setValue(dateTime('Clôture des dépôts').getByLabelText('Date'), '2027-04-30');
  setValue(dateTime('Clôture des dépôts').getByLabelText('Heure'), '17:00');
  setValue(field('Enveloppe totale'), '300 000');
  setValue(field('Nom du territoire'), "Communauté urbaine d'Arras");
  setValue(field('Communes'), '62041;62000;Arras\n62099;62217;Beaurains');
  setValue(field('Montant minimum demandé'), '1 000');
  setValue(field('Montant maximum (plafond)'), '30 000,50');
}

describe('new programme', { timeout: 60_000 }, () => {
  it('creates the draft with cents and Paris-offset dates, then opens its edit page with a confirmation', async () => {
    const user = userEvent.setup();
    let created: Program | undefined;
    const calls = stubApi({
      ...asManager,
      'POST /api/programs': (body) => {
        created = { ...(body as ProgramInput), version: 1, createdAt: '2026-11-10T10:00:00Z', updatedAt: '2026-11-10T10:00:00Z' };
        return jsonResponse(created, 201);
      },
      'GET /api/programs/fabrique-2027': () => jsonResponse(created),
      'GET /api/programs/fabrique-2027/events': () => jsonResponse({ items: [] }),
    });
    renderApp('/gestion/programmes/nouveau');
    await fillProgram();
    expect(screen.getByText('Soit 30 000,50 €.')).toBeInTheDocument();
    expect(screen.getByText(/Soit le 30 avril 2027 à 17:00, heure de Paris \(UTC\+02:00\)/)).toBeInTheDocument();

    await user.click(submitButton());

    expect(await screen.findByRole('heading', { level: 1, name: 'Fabrique à projets 2027' })).toBeInTheDocument();
    expect(screen.getByText('Brouillon créé. Complétez-le, puis publiez-le quand il est prêt.').closest('[role="status"]')).not.toBeNull();
    const posted = calls.find((call) => call.method === 'POST')?.body as ProgramInput;
    expect(posted).toMatchObject({
      id: 'fabrique-2027',
      status: 'draft',
      referencePrefix: 'ESS',
      opensAt: '2027-03-01T09:00:00+01:00',
      closesAt: '2027-04-30T17:00:00+02:00',
      envelopeCents: 30_000_000,
      maxFileSizeBytes: 10 * 1024 * 1024,
      questions: [],
      documents: [
        { type: 'statuts', required: true, help: null },
        { type: 'rib', required: true, help: null },
      ],
    });
    expect(posted.rules).toMatchObject({
      minAmountCents: 100_000,
      maxAmountCents: 3_000_050,
      maxShareOfBudgetPercent: 50,
      organisationAgeMonths: null,
      territory: {
        name: "Communauté urbaine d'Arras",
        communes: [
          { insee: '62041', postcode: '62000', name: 'Arras' },
          { insee: '62099', postcode: '62217', name: 'Beaurains' },
        ],
      },
    });
    expect(posted.rubric.map((c) => [c.id, c.weight])).toEqual([
      ['utilite_sociale', 3],
      ['viabilite_economique', 2],
      ['ancrage_territorial', 2],
    ]);
  });

  it('shows what to fix beside the fields and in a focused summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const calls = stubApi(asManager);
    renderApp('/gestion/programmes/nouveau');
    await fillProgram();
    setValue(field('Montant maximum (plafond)'), '400 000');
    setValue(field('Communes'), '62041;62000;Arras\n6209;62217;Beaurains');
    setValue(field('Titre (anglais)'), '');

    await user.click(submitButton());

    const summary = await errorSummary();
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Titre (anglais)\u00a0: Ce champ est obligatoire.' })).toHaveAttribute(
      'href',
      '#pb-title-en',
    );
    expect(within(summary).getByRole('link', { name: 'Communes\u00a0: 1 ligne(s) à corriger.' })).toBeInTheDocument();
    expect(field('Titre (anglais)')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Titre (anglais)')).toHaveAccessibleDescription(/Ce champ est obligatoire/);
    expect(screen.getByText(/Ligne 2 : code INSEE invalide/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);

    // Once the form reads, the coherence rules of the API apply too.
    setValue(field('Titre (anglais)'), 'Project factory 2027');
    setValue(field('Communes'), '62041;62000;Arras');
    await user.click(submitButton());
    expect(
      within(await errorSummary()).getByRole('link', {
        name: "Montant maximum (plafond)\u00a0: Le montant maximum dépasse l'enveloppe du programme.",
      }),
    ).toBeInTheDocument();
    expect(field('Montant maximum (plafond)')).toHaveAccessibleDescription(/dépasse l'enveloppe/);
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('puts an identifier already taken beside the identifier and keeps what was typed', async () => {
    const user = userEvent.setup();
    stubApi({
      ...asManager,
      'POST /api/programs': () =>
        conflict({ fr: 'Un programme porte déjà cet identifiant.', en: 'A programme already has this identifier.' }),
    });
    renderApp('/gestion/programmes/nouveau');
    await fillProgram();
    await user.click(submitButton());
    expect(
      within(await errorSummary()).getByRole('link', { name: 'Identifiant\u00a0: Un programme porte déjà cet identifiant.' }),
    ).toBeInTheDocument();
    expect(field('Identifiant')).toHaveValue('fabrique-2027');
    expect(field('Titre (français)')).toHaveValue('Fabrique à projets 2027');
    expect(submitButton()).toBeEnabled();
  });

  it('refuses reviewers with the reserved page', async () => {
    const calls = stubApi({ 'GET /api/me': () => jsonResponse(reviewer) });
    renderApp('/gestion/programmes/nouveau');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).not.toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual(['/api/me']);
  });
});
