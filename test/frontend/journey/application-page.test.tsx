import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { amorcage, jsonResponse } from '../fixtures';
import { events, messages, view } from './application-fixtures';
import { problem, renderJourney, signedIn, stubApi } from './journey-harness';

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

function applicationApi(overrides: Record<string, (body: unknown) => Response | Promise<Response>> = {}) {
  return stubApi({
    ...signedIn,
    'GET /api/applications/app_1': () => jsonResponse(view()),
    'GET /api/applications/app_1/events': () => jsonResponse({ items: events }),
    'GET /api/applications/app_1/messages': () => jsonResponse({ items: messages }),
    'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
    ...overrides,
  });
}

describe('application page', () => {
  it('puts the decision first: the amount awarded, or the reason for a refusal', async () => {
    applicationApi({
      'GET /api/applications/app_1': () =>
        jsonResponse(view({ status: 'approved', amountAwardedCents: 1_000_000, decidedAt: '2026-12-10T09:00:00Z', decisionReason: null })),
    });
    const first = renderJourney('/demandes/app_1');
    const approved = await screen.findByRole('region', { name: 'Votre demande est acceptée' });
    expect(approved).toHaveTextContent(/Une aide de 10[\u202f\u00a0 ]000[\u202f\u00a0 ]€ vous est accordée \(décision du 10 décembre 2026/);
    first.unmount();

    applicationApi({
      'GET /api/applications/app_1': () =>
        jsonResponse(view({ status: 'rejected', decidedAt: '2026-12-10T09:00:00Z', decisionReason: 'Le projet sort du territoire.' })),
    });
    renderJourney('/demandes/app_1');
    const rejected = await screen.findByRole('region', { name: "Votre demande n'a pas été retenue" });
    expect(rejected).toHaveTextContent('Le projet sort du territoire.');
    expect(screen.queryByRole('region', { name: 'Votre demande est acceptée' })).toBeNull();
  });

  it('shows where the application stands, the change request and the timeline in order', async () => {
    applicationApi();
    renderJourney('/demandes/app_1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier de réparation de vélos' })).toBeInTheDocument();
    expect(document.title).toBe('Atelier de réparation de vélos — Guichet ESS');
    expect(screen.getByText('Référence : ESS-2026-000001')).toBeInTheDocument();
    expect(screen.getAllByText('Modifications demandées')[0]).toHaveClass('status-badge');

    const notice = screen.getByRole('region', { name: 'Des modifications sont demandées' });
    expect(within(notice).getByText('Merci de joindre le budget prévisionnel signé.')).toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'Modifier ma demande' })).toHaveAttribute('href', '/demandes/app_1/modifier');

    const timeline = screen.getByRole('region', { name: 'Historique' });
    const steps = await within(timeline).findAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('.timeline__label')?.textContent)).toEqual([
      'Demande créée',
      'Demande déposée',
      'Modifications demandées',
    ]);
    expect(steps[1]).toHaveTextContent('5 novembre 2026 à 11:00');
    expect(steps[2]).toHaveTextContent('Merci de joindre le budget prévisionnel signé.');
    expect(within(steps[1] as HTMLElement).getByText('5 novembre 2026 à 11:00')).toHaveAttribute('datetime', '2026-11-05T10:00:00Z');

    const budget = screen.getByText('Budget et plan de financement').closest('details') as HTMLElement;
    expect(within(budget).getByRole('table', { name: 'Dépenses' })).toHaveTextContent(
      /Total des dépenses24[\u202f\u00a0 ]000[\u202f\u00a0 ]€/,
    );
    expect(within(budget).getByRole('table', { name: 'Financements' })).toHaveTextContent('Subvention demandée');
    expect(within(budget).getByText('Le plan de financement est équilibré.')).toBeInTheDocument();
  });

  it('confirms the submission with its reference on arrival from the form', async () => {
    applicationApi({ 'GET /api/applications/app_1': () => jsonResponse(view({ status: 'submitted' })) });
    renderJourney('/demandes/app_1?deposee=1');
    const banner = await screen.findByText('Votre demande a été déposée.');
    expect(banner.closest('[role="status"]')).toHaveTextContent(
      'Référence : ESS-2026-000001. Un accusé de réception vous a été envoyé par e-mail.',
    );
  });

  it('posts a message, shows it in the thread and disables "Envoyer" meanwhile', async () => {
    let release: () => void = () => undefined;
    const calls = applicationApi({
      'POST /api/applications/app_1/messages': (body) =>
        new Promise<Response>((resolve) => {
          release = () =>
            resolve(
              jsonResponse(
                {
                  id: 'msg_2',
                  applicationId: 'app_1',
                  authorId: 'usr_lea',
                  authorRole: 'applicant',
                  authorName: 'lea',
                  body: (body as { body: string }).body,
                  at: '2026-11-11T09:00:00Z',
                },
                201,
              ),
            );
        }),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney('/demandes/app_1');
    const thread = await screen.findByRole('region', { name: 'Messages' });
    expect(await within(thread).findByText('Bonjour, il manque une pièce.')).toBeInTheDocument();
    expect(within(thread).getByText('Inès Bernard, service ESS')).toBeInTheDocument();

    const send = within(thread).getByRole('button', { name: 'Envoyer' });
    await user.click(send);
    expect(within(thread).getByRole('textbox', { name: 'Votre message' })).toHaveAccessibleDescription(
      expect.stringContaining("Écrivez votre message avant de l'envoyer."),
    );

    await user.type(within(thread).getByRole('textbox', { name: 'Votre message' }), 'Voici le budget signé.');
    await user.click(send);
    expect(within(thread).getByRole('button', { name: 'Envoi…' })).toBeDisabled();
    release();
    expect(await within(thread).findByText('Voici le budget signé.', { selector: '.message__body' })).toBeInTheDocument();
    expect(within(thread).getByRole('textbox', { name: 'Votre message' })).toHaveValue('');
    expect(within(thread).getByRole('button', { name: 'Envoyer' })).toBeEnabled();
    expect(within(thread).getByRole('status')).toHaveTextContent('Message envoyé.');
    expect(
      calls.filter((call) => call.method === 'POST' && call.path === '/api/applications/app_1/messages').map((call) => call.body),
    ).toEqual([{ body: 'Voici le budget signé.' }]);
  });

  it('shows why a message was refused', async () => {
    applicationApi({
      'POST /api/applications/app_1/messages': () => problem(409, { fr: 'Cette demande est close.', en: 'This application is closed.' }),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney('/demandes/app_1');
    const box = await screen.findByRole('textbox', { name: 'Votre message' });
    await user.type(box, 'Bonjour');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Cette demande est close.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for confirmation before withdrawing, and withdraws only on "Oui"', async () => {
    let status: 'changes_requested' | 'withdrawn' = 'changes_requested';
    const calls = applicationApi({
      'GET /api/applications/app_1': () => jsonResponse(view({ status })),
      'POST /api/applications/app_1/transitions': () => {
        status = 'withdrawn';
        return jsonResponse(view({ status }));
      },
    });
    const transitions = () => calls.filter((call) => call.path === '/api/applications/app_1/transitions');
    const user = userEvent.setup({ delay: null });
    renderJourney('/demandes/app_1');

    const withdraw = await screen.findByRole('button', { name: 'Retirer ma demande' });
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    await user.click(withdraw);
    expect(dialog.open).toBe(true);
    expect(dialog).toHaveAccessibleName('Retirer votre demande\u00a0?');
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(dialog.open).toBe(false);
    expect(withdraw).toHaveFocus();
    expect(transitions()).toHaveLength(0);

    await user.click(withdraw);
    await user.click(within(dialog).getByRole('button', { name: 'Oui, retirer ma demande' }));
    await vi.waitFor(() => expect(transitions().map((call) => call.body)).toEqual([{ event: 'withdraw' }]));
    expect(await screen.findByText('Vous avez retiré cette demande.')).toBeInTheDocument();
    expect(screen.getAllByText('Retirée')[0]).toHaveClass('status-badge--withdrawn');
    expect(screen.queryByRole('button', { name: 'Retirer ma demande' })).not.toBeInTheDocument();
  });

  it('downloads a verified document through a short-lived link', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    applicationApi({
      'GET /api/applications/app_1/documents/doc_1/download': () =>
        jsonResponse({ url: 'http://127.0.0.1:4569/documents/statuts?signature=x', expiresInSeconds: 300 }),
    });
    const user = userEvent.setup({ delay: null });
    renderJourney('/demandes/app_1');
    await user.click(await screen.findByText('Pièces justificatives (1)'));
    const documents = screen.getByText('Pièces justificatives (1)').closest('details') as HTMLElement;
    expect(within(documents).getByText('Statuts')).toBeInTheDocument();
    expect(within(documents).getByText('Vérifiée')).toBeInTheDocument();
    await user.click(within(documents).getByRole('button', { name: 'Télécharger statuts-2024.pdf' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('http://127.0.0.1:4569/documents/statuts?signature=x'));
  });

  it('answers "not found" for an application that is not the reader\'s', async () => {
    applicationApi({ 'GET /api/applications/app_1': () => problem(404, { fr: 'Introuvable.', en: 'Not found.' }) });
    renderJourney('/demandes/app_1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Demande introuvable' })).toBeInTheDocument();
  });
});
