import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../../../../functions/src/domain/audit';
import type { Program } from '../../../../functions/src/domain/program';
import { jsonResponse } from '../../fixtures';
import { problem, stubApi, type Call } from '../../support/api-harness';
import { renderApp } from '../../support/render-app';
import { asManager, conflict, control, draftProgram, group, reviewer, setValue } from './builder-harness';

// jsdom has <dialog> but not its modal behaviour: enough of it to open, close and fire "close".
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const PATH = '/gestion/programmes/fabrique-2027/modifier';
const created: AuditEvent = {
  id: 'evt_1',
  subject: 'program',
  subjectId: 'fabrique-2027',
  type: 'program_created',
  at: '2026-11-02T09:15:00Z',
  actorId: 'usr_claire',
  actorRole: 'manager',
  actorName: 'Claire Martin',
  changed: ['id', 'title'],
  before: null,
  after: {},
};
const published: AuditEvent = {
  ...created,
  id: 'evt_2',
  type: 'program_status_changed',
  at: '2026-11-03T14:00:00Z',
  actorName: 'Karim Benali',
  changed: ['status', 'envelopeCents', 'rules'],
  before: { status: 'draft', envelopeCents: 20_000_000, rules: {} },
  after: { status: 'published', envelopeCents: 30_000_000, rules: {} },
};

function editApi(overrides: Record<string, (body: unknown) => Response> = {}, program: Program = draftProgram): Call[] {
  return stubApi({
    ...asManager,
    'GET /api/programs/fabrique-2027': () => jsonResponse(program),
    'GET /api/programs/fabrique-2027/events': () => jsonResponse({ items: [published, created] }),
    ...overrides,
  });
}

async function openEditor() {
  renderApp(PATH);
  await screen.findByRole('heading', { level: 1, name: 'Fabrique à projets 2027' });
}

const saveButton = () => screen.getByText('Enregistrer', { selector: 'button' });
const puts = (calls: Call[]) => calls.filter((call) => call.method === 'PUT').map((call) => call.body as Program);

describe('editing a programme', { timeout: 30_000 }, () => {
  it('tries the rules on the sample applicants at every change and announces the count', async () => {
    editApi();
    await openEditor();
    const count = screen.getByText('3 profils sur 6 passent.');
    expect(count).toHaveAttribute('aria-live', 'polite');
    const association = screen.getByRole('heading', { level: 3, name: 'Association du territoire' }).closest('li') as HTMLElement;
    expect(association).toHaveTextContent('Éligible');

    setValue(control('Montant maximum (plafond)'), '10 000');

    expect(count).toHaveTextContent('2 profils sur 6 passent.');
    expect(association).toHaveTextContent('Non éligible');
    expect(association).toHaveTextContent(/Le montant demandé \(15\s000\s€\) dépasse le plafond du programme \(10\s000\s€\)/);

    setValue(control('Communes'), '');
    expect(count).toHaveTextContent("L'aperçu attend des règles complètes et valides.");
  });

  it('saves the whole programme with its version and says so', async () => {
    const user = userEvent.setup();
    const calls = editApi({
      'PUT /api/programs/fabrique-2027': (body) =>
        jsonResponse({ ...draftProgram, ...(body as Program), version: 2, updatedAt: '2026-11-20T10:00:00Z' }),
    });
    await openEditor();
    setValue(control('Titre (français)'), 'Fabrique à projets solidaires 2027');
    expect(screen.getByText('Modifications non enregistrées.')).toBeInTheDocument();

    await user.click(saveButton());

    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument();
    expect(screen.getByText('Tout est enregistré.')).toBeInTheDocument();
    expect(puts(calls)).toEqual([
      expect.objectContaining({
        id: 'fabrique-2027',
        status: 'draft',
        version: 1,
        title: { fr: 'Fabrique à projets solidaires 2027', en: 'Project factory 2027' },
        opensAt: '2026-11-01T00:00:00+01:00',
        closesAt: '2027-02-28T23:59:59+01:00',
        envelopeCents: 30_000_000,
        questions: draftProgram.questions,
        documents: draftProgram.documents,
        rules: draftProgram.rules,
      }),
    ]);
  });

  it('says when someone else saved meanwhile, keeps the edits, and reloads the stored version on request', async () => {
    const user = userEvent.setup();
    let stored: Program = draftProgram;
    const calls = stubApi({
      ...asManager,
      'GET /api/programs/fabrique-2027': () => jsonResponse(stored),
      'GET /api/programs/fabrique-2027/events': () => jsonResponse({ items: [] }),
      'PUT /api/programs/fabrique-2027': () =>
        conflict(
          { fr: 'Le programme a été modifié entre-temps : rechargez-le.', en: 'The programme was changed meanwhile: reload it.' },
          3,
        ),
    });
    await openEditor();
    setValue(control('Titre (français)'), 'Mon nouveau titre');
    await user.click(saveButton());

    const alert = (await screen.findByText("Quelqu'un a enregistré ce programme entre-temps")).closest('[role="alert"]') as HTMLElement;
    await vi.waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent("Vos modifications n'ont pas été enregistrées ; elles sont toujours dans le formulaire.");
    expect(alert).toHaveTextContent('n° 3');
    expect(control('Titre (français)')).toHaveValue('Mon nouveau titre');
    expect(puts(calls)[0]?.version).toBe(1);

    stored = { ...draftProgram, title: { fr: 'Titre changé par Karim', en: 'Title changed by Karim' }, version: 3 };
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version enregistrée' }));

    expect(await screen.findByText('Version enregistrée rechargée.')).toBeInTheDocument();
    expect(control('Titre (français)')).toHaveValue('Titre changé par Karim');
  });

  it('shows a refusal prominently with the reason the API gives', async () => {
    const user = userEvent.setup();
    const reason =
      'Des demandes existent déjà : ces éléments ne peuvent plus changer (rules). Créez un nouveau programme si les règles doivent évoluer.';
    editApi({ 'PUT /api/programs/fabrique-2027': () => conflict({ fr: reason, en: 'Applications already exist.' }, 1) });
    await openEditor();
    setValue(control('Part maximale du budget du projet'), '60');
    await user.click(saveButton());

    const alert = (await screen.findByText('Enregistrement refusé')).closest('[role="alert"]') as HTMLElement;
    await vi.waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent(reason);
    expect(control('Part maximale du budget du projet')).toHaveValue('60');
  });

  it('publishes after confirmation, sending the programme with the new status', async () => {
    const user = userEvent.setup();
    const calls = editApi({
      'PUT /api/programs/fabrique-2027': (body) =>
        jsonResponse({ ...draftProgram, ...(body as Program), version: 2, updatedAt: '2026-11-20T10:00:00Z' }),
    });
    await openEditor();
    const status = screen.getByRole('region', { name: 'Statut du programme' });
    expect(status).toHaveTextContent('Statut actuel : Brouillon');

    await user.click(within(status).getByRole('button', { name: 'Publier' }));
    const dialog = screen.getByRole('dialog', { name: /^Publier le programme/ });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText('Programme publié.')).toBeInTheDocument();
    expect(status).toHaveTextContent('Statut actuel : Publié');
    expect(within(status).getByRole('button', { name: 'Clôturer' })).toBeInTheDocument();
    expect(within(status).getByRole('heading', { name: 'Statut du programme' })).toHaveFocus();
    expect(puts(calls)).toEqual([
      expect.objectContaining({ status: 'published', version: 1, id: 'fabrique-2027', rubric: draftProgram.rubric }),
    ]);
    await vi.waitFor(() => expect(calls.filter((call) => call.path.endsWith('/events'))).toHaveLength(2));
  });

  it('lists the history oldest first, with who, when and the short values before and after', async () => {
    editApi();
    await openEditor();
    const history = screen.getByRole('region', { name: 'Historique' });
    const entries = await within(history)
      .findAllByRole('listitem', {}, { timeout: 2000 })
      .then((items) => items.filter((item) => item.classList.contains('timeline__item')));
    expect(entries.map((entry) => entry.querySelector('.timeline__label')?.textContent)).toEqual(['Programme créé', 'Statut modifié']);
    expect(entries[0]).toHaveTextContent('Par Claire Martin · 2 novembre 2026 à 10:15');
    expect(entries[1]).toHaveTextContent('Statut : Brouillon → Publié');
    expect(entries[1]).toHaveTextContent(/Enveloppe totale : 200\s000\s€ → 300\s000\s€/);
    expect(entries[1]).toHaveTextContent("Règles d'éligibilité");
  });

  it('puts the field errors of a 400 beside their fields, documents named by their type', async () => {
    const user = userEvent.setup();
    const errors = [
      { path: 'body.rules.maxAmountCents', message: { fr: 'Plafond refusé par le service.', en: 'Ceiling refused.' } },
      { path: 'body.documents.1.help.fr', message: { fr: 'Précision trop longue.', en: 'Note too long.' } },
    ];
    editApi({
      'PUT /api/programs/fabrique-2027': () =>
        jsonResponse(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'x',
            detailI18n: { fr: 'Certaines informations sont invalides.', en: 'x' },
            errors,
          },
          400,
        ),
    });
    await openEditor();
    await user.click(saveButton());

    const summary = (await screen.findByText('Il y a un problème')).closest('[role="alert"]') as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'Montant maximum (plafond)\u00a0: Plafond refusé par le service.' })).toHaveAttribute(
      'href',
      '#pb-rules-maxAmountCents',
    );
    // The second document sent is the budget forecast (statuts, budget_previsionnel, rapport_activite).
    expect(
      within(summary).getByRole('link', { name: 'Budget prévisionnel — Précision (français)\u00a0: Précision trop longue.' }),
    ).toBeInTheDocument();
    expect(control('Montant maximum (plafond)')).toHaveAccessibleDescription(/Plafond refusé par le service/);
    expect(control('Précision (français)', group('Budget prévisionnel'))).toHaveAccessibleDescription(/Précision trop longue/);
  });

  it('refuses reviewers without loading the programme', async () => {
    const calls = stubApi({ 'GET /api/me': () => jsonResponse(reviewer) });
    renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual(['/api/me']);
  });

  it('says when the programme does not exist', async () => {
    stubApi({ ...asManager, 'GET /api/programs/inconnu': () => problem(404, { fr: 'Programme introuvable.', en: 'No such programme.' }) });
    renderApp('/gestion/programmes/inconnu/modifier');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme introuvable' })).toBeInTheDocument();
  });
});
