import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EligibilityResult } from '../../../functions/src/domain/eligibility-schema';
import { amorcage, jsonResponse } from '../fixtures';
import { view } from './application-fixtures';
import { renderJourney, signedIn, signedOut, stubApi, type Call } from './journey-harness';

const WIZARD = '/programmes/amorcage-ess-2026/eligibilite';

/** What the API answers in these tests: worded differently from the engine, so the page can only show it if it shows the API's verdict. */
const refusal: EligibilityResult = {
  eligible: false,
  criteria: [
    { id: 'legal_form', passed: true, reason: { fr: 'Forme acceptée (réponse API).', en: 'Form accepted (API).' } },
    { id: 'territory', passed: true, reason: { fr: 'Beaurains est sur le territoire (réponse API).', en: 'In the area (API).' } },
    {
      id: 'stage',
      passed: false,
      reason: { fr: 'Seuls les projets en création sont financés (réponse API).', en: 'Creation only (API).' },
      hint: { fr: 'Le service ESS peut vous orienter (indice API).', en: 'Ask the ESS unit (API hint).' },
    },
    {
      id: 'amount',
      passed: false,
      reason: { fr: 'Le montant dépasse le plafond (réponse API).', en: 'Above the ceiling (API).' },
      hint: { fr: 'Demandez au plus 30 000 € (indice API).', en: 'Ask for at most €30,000 (API hint).' },
    },
    { id: 'budget_share', passed: true, reason: { fr: 'Part respectée (réponse API).', en: 'Share fine (API).' } },
    { id: 'organisation_age', passed: true, reason: { fr: 'Ancienneté respectée (réponse API).', en: 'Age fine (API).' } },
    { id: 'siret', passed: true, reason: { fr: 'SIRET bien formé (réponse API).', en: 'SIRET fine (API).' } },
  ],
};
const approval: EligibilityResult = {
  eligible: true,
  criteria: refusal.criteria.map((criterion) => ({ id: criterion.id, passed: true, reason: criterion.reason })),
};

const progress = (step: number) => screen.getByText(`Question ${step} sur 6`);
const heading = () => document.getElementById('wizard-heading');

async function answerUpToResult(user: ReturnType<typeof userEvent.setup>, commune: { type: string; option: string }) {
  await user.click(await screen.findByRole('radio', { name: 'Association' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await vi.waitFor(() => expect(heading()).toHaveFocus());
  await user.type(await screen.findByRole('combobox', { name: 'Dans quelle commune se déroule le projet\u00a0?' }), commune.type);
  await user.click(screen.getByRole('option', { name: commune.option }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.click(await screen.findByRole('radio', { name: 'Développement' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.type(await screen.findByRole('textbox', { name: 'Quel montant de subvention demandez-vous\u00a0?' }), '40 000');
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.type(await screen.findByRole('textbox', { name: 'Quel est le budget total du projet\u00a0?' }), '100 000,50');
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.type(await screen.findByRole('textbox', { name: 'Numéro SIRET' }), '732 829 320 00074');
  await user.type(screen.getByLabelText('Date de création de la structure'), '2024-03-01');
  await user.click(screen.getByRole('button', { name: 'Voir le résultat' }));
}

const eligibilityCalls = (calls: Call[]) => calls.filter((call) => call.path === '/api/programs/amorcage-ess-2026/eligibility');

afterEach(() => sessionStorage.clear());

describe('eligibility wizard', { timeout: 20_000 }, () => {
  it('asks one question per screen, checks each answer, then shows the API verdict with reasons and hints', async () => {
    const calls = stubApi({
      ...signedOut,
      'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
      'POST /api/programs/amorcage-ess-2026/eligibility': () => jsonResponse(refusal),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney(WIZARD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Vérifier mon éligibilité' })).toBeInTheDocument();
    expect(progress(1)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('group')).toHaveLength(1);
    expect(screen.getAllByRole('radio')).toHaveLength(8);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Choisissez la forme juridique de votre structure.');
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Association' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('radio', { name: 'Association' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(progress(2)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Association' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(heading()).toHaveFocus());
    expect(heading()).toHaveTextContent('Dans quelle commune se déroule le projet ?');

    await user.type(screen.getByRole('combobox'), 'beau');
    await user.click(screen.getByRole('option', { name: 'Beaurains (62217)' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(await screen.findByRole('radio', { name: 'Développement' }));
    expect(screen.getByRole('radio', { name: 'Développement' })).toHaveAccessibleDescription(
      "L'activité existe déjà\u00a0: vous voulez la consolider ou l'étendre.",
    );
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    const amount = await screen.findByRole('textbox', { name: 'Quel montant de subvention demandez-vous\u00a0?' });
    await user.type(amount, '40 000,5');
    expect(screen.getByText(/^Montant compris : 40\s000,50\s€$/)).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, 'douze mille');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Indiquez un montant en euros, en chiffres'));
    await user.clear(amount);
    await user.type(amount, '40 000');
    expect(amount).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    await user.type(await screen.findByRole('textbox', { name: 'Quel est le budget total du projet\u00a0?' }), '100 000,50');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(progress(6)).toBeInTheDocument();

    const siret = screen.getByRole('textbox', { name: 'Numéro SIRET' });
    await user.type(siret, '732 829 320 00075');
    expect(siret).toHaveAttribute('aria-invalid', 'true');
    expect(siret).toHaveAccessibleDescription(expect.stringContaining('Le numéro SIRET doit comporter 14 chiffres valides'));
    await user.clear(siret);
    await user.type(siret, '732 829 320 00074');
    expect(siret).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Numéro SIRET valide.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Date de création de la structure'), '2024-03-01');
    expect(eligibilityCalls(calls)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Voir le résultat' }));

    const verdict = await screen.findByRole('heading', { level: 2, name: /Votre projet n'est pas éligible en l'état/ });
    await vi.waitFor(() => expect(verdict).toHaveFocus());
    expect(eligibilityCalls(calls)[0]?.body).toEqual({
      legalForm: 'association',
      communeInsee: '62065',
      stage: 'development',
      amountRequestedCents: 4_000_000,
      totalBudgetCents: 10_000_050,
      siret: '732 829 320 00074',
      creationDate: '2024-03-01',
    });
    const details = screen.getByRole('heading', { level: 3, name: 'Le détail, condition par condition' }).nextElementSibling as HTMLElement;
    const criteria = within(details).getAllByRole('listitem');
    expect(criteria).toHaveLength(7);
    const stage = criteria.find((item) => item.textContent?.includes('Stade du projet'));
    expect(stage).toHaveTextContent('Non respecté');
    expect(stage).toHaveTextContent('Seuls les projets en création sont financés (réponse API).');
    expect(criteria.find((item) => item.textContent?.includes('Forme juridique'))).toHaveTextContent('Respecté');
    const changes = screen.getByRole('heading', { name: 'Ce qui changerait la réponse' }).nextElementSibling as HTMLElement;
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Le service ESS peut vous orienter (indice API).', 'Demandez au plus 30 000 € (indice API).']);
    expect(screen.getByRole('link', { name: 'ess@example.org' })).toHaveAttribute('href', 'mailto:ess@example.org');
    expect(screen.queryByRole('button', { name: 'Déposer une demande' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Modifier mes réponses' }));
    expect(progress(1)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Association' })).toBeChecked();
  });

  it('keeps the answers across a reload', async () => {
    stubApi({ ...signedOut, 'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage) });
    const user = userEvent.setup({ delay: null });
    const first = renderJourney(WIZARD);
    await user.click(await screen.findByRole('radio', { name: "SCIC (société coopérative d'intérêt collectif)" }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(first.history.get()).toBe(`${WIZARD}?question=2`);
    first.unmount();

    renderJourney(`${WIZARD}?question=2`);
    expect(await screen.findByText('Question 2 sur 6')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByRole('radio', { name: "SCIC (société coopérative d'intérêt collectif)" })).toBeChecked();
  });

  it('answers a commune outside the list without asking the API, in words the applicant used', async () => {
    const calls = stubApi({ ...signedOut, 'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage) });
    const user = userEvent.setup({ delay: null });
    renderJourney(WIZARD);
    await answerUpToResult(user, { type: 'Lens', option: "Ma commune n'est pas dans la liste" });

    expect(await screen.findByRole('heading', { level: 2, name: /Votre projet n'est pas éligible en l'état/ })).toBeInTheDocument();
    const territory = screen.getAllByRole('listitem').find((item) => item.textContent?.startsWith('Territoire'));
    expect(territory).toHaveTextContent('Non respecté');
    expect(territory).toHaveTextContent(
      "Vous avez indiqué que la commune du projet (Lens) ne figure pas parmi celles du territoire du programme (Communauté urbaine d'Arras).",
    );
    expect(territory).not.toHaveTextContent('00000');
    expect(screen.getByText(/Le projet doit se dérouler sur le territoire du programme/)).toBeInTheDocument();
    expect(eligibilityCalls(calls)).toHaveLength(0);
  });

  it('sends a visitor to sign in, then creates the draft from the answers and opens the form', async () => {
    let calls = stubApi({
      ...signedOut,
      'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
      'POST /api/programs/amorcage-ess-2026/eligibility': () => jsonResponse(approval),
    });
    const user = userEvent.setup({ delay: null });
    const visit = renderJourney(WIZARD);
    await answerUpToResult(user, { type: 'arras', option: 'Arras (62000)' });
    expect(await screen.findByRole('heading', { level: 2, name: /Votre projet semble éligible/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Déposer une demande' }));

    expect(visit.history.get()).toBe(`/connexion?suite=${encodeURIComponent(`${WIZARD}?deposer=1`)}`);
    expect(calls.some((call) => call.path === '/api/applications')).toBe(false);
    visit.unmount();

    calls = stubApi({
      ...signedIn,
      'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
      'POST /api/applications': () =>
        jsonResponse(view({ id: 'app_42', status: 'draft', version: 1, reference: null, submittedAt: null }), 201),
    });
    const back = renderJourney(`${WIZARD}?deposer=1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Formulaire de demande' })).toBeInTheDocument();
    expect(back.history.get()).toBe('/demandes/app_42/modifier');
    const created = calls.filter((call) => call.method === 'POST' && call.path === '/api/applications');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({
      programId: 'amorcage-ess-2026',
      eligibility: { legalForm: 'association', communeInsee: '62041', stage: 'development', amountRequestedCents: 4_000_000 },
    });
    expect(sessionStorage.length).toBe(0);
  });
});
