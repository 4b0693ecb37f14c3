import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationDocument } from '../../../functions/src/domain/application';
import { jsonResponse, noContent, sent, type Call } from '../support/api-harness';
import { APP_ID, declared, documentOf, FakeUpload, formApi, loose, pendingDocument, stubUploads } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const pdf = (name: string, size = 2048) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const slot = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

/** The uploads the form declared to the API, in order. */
const declarations = (calls: Call[]) => sent(calls, 'POST', `/api/applications/${APP_ID}/documents`).map((call) => call.body);

/** The API declaring each upload, then settling it with `verdict` once the bytes are there. */
function uploadApi(verdict: Pick<ApplicationDocument, 'status' | 'rejection'> & Partial<Pick<ApplicationDocument, 'scan'>>) {
  let pending: ApplicationDocument | undefined;
  return formApi(
    {},
    {
      [`POST /api/applications/${APP_ID}/documents`]: (body) => {
        pending = pendingDocument(body);
        return declared(pending);
      },
      [`POST /api/applications/${APP_ID}/documents/:documentId/complete`]: (_, { params }) => {
        if (!pending || pending.id !== params.documentId) throw new Error(`completed ${params.documentId} before declaring it`);
        const verified = verdict.status === 'verified';
        return jsonResponse({
          ...pending,
          verifiedSize: verified ? pending.declaredSize : null,
          sha256: verified ? 'a'.repeat(64) : null,
          scan: verified ? 'clean' : 'pending',
          ...verdict,
        });
      },
    },
  );
}

describe('documents step', { timeout: 30_000 }, () => {
  it('uploads a file with a labelled progress bar, announced by quarters, then shows it verified', async () => {
    const calls = uploadApi({ status: 'verified', rejection: null });
    stubUploads();
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });
    const statuts = slot('Statuts');
    expect(within(statuts).getByText('(obligatoire)')).toBeInTheDocument();

    await user.upload(within(statuts).getByLabelText(/^Choisir un fichier — Statuts/), pdf('Statuts signés.pdf'));
    await vi.waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
    expect(declarations(calls)).toEqual([{ type: 'statuts', filename: 'Statuts signés.pdf', contentType: 'application/pdf', size: 2048 }]);

    FakeUpload.sent[0]?.progress(0.3);
    const bar = await within(statuts).findByRole('progressbar', { name: loose('Envoi de « Statuts signés.pdf » : 30 %') });
    expect(bar).toHaveAttribute('value', '0.3');
    const live = statuts.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(loose('Envoi de « Statuts signés.pdf » : 25 %'));
    FakeUpload.sent[0]?.progress(0.55);
    expect(live).toHaveTextContent(loose('Envoi de « Statuts signés.pdf » : 50 %'));
    expect(within(statuts).getByRole('progressbar')).toHaveAccessibleName(loose('Envoi de « Statuts signés.pdf » : 55 %'));

    FakeUpload.sent[0]?.finish();
    expect(await within(statuts).findByText('Vérifié ✓')).toBeInTheDocument();
    expect(within(statuts).getByText('Statuts signés.pdf')).toBeInTheDocument();
    expect(live).toHaveTextContent(loose('100 %'));
    expect(within(statuts).queryByRole('progressbar')).toBeNull();
    expect(within(statuts).getByLabelText(/^Remplacer le fichier — Statuts/)).toBeInTheDocument();
  });

  it('shows the reason of a refused file in an alert', async () => {
    uploadApi({
      status: 'rejected',
      rejection: {
        fr: 'Le fichier annoncé comme PDF est en réalité un programme.',
        en: 'The file declared as a PDF is actually a program.',
      },
    });
    stubUploads();
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });
    await user.upload(within(slot('RIB')).getByLabelText(/^Choisir un fichier — RIB/), pdf('rib.pdf'));
    await vi.waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
    FakeUpload.sent[0]?.finish();

    const alert = await within(slot('RIB')).findByRole('alert');
    expect(alert).toHaveTextContent(loose('Refusé : Le fichier annoncé comme PDF est en réalité un programme.'));
    expect(within(slot('RIB')).getByLabelText(/^Choisir un fichier — RIB/)).toBeInTheDocument();
  });

  it.each([
    ['infected', 'Fichier infecté : supprimé', true],
    ['pending', 'Analyse antivirus en cours…', false],
    ['error', 'Analyse antivirus impossible : envoyez le fichier à nouveau', false],
  ] as const)('says what the antivirus found: %s', async (scan, text, alerted) => {
    uploadApi({ status: 'verified', rejection: null, scan });
    stubUploads();
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });
    await user.upload(within(slot('Statuts')).getByLabelText(/^Choisir un fichier — Statuts/), pdf('statuts.pdf'));
    await vi.waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
    FakeUpload.sent[0]?.finish();

    expect(await within(slot('Statuts')).findByText(text)).toBeInTheDocument();
    expect(within(slot('Statuts')).queryByText('Vérifié ✓')).toBeNull();
    if (alerted) expect(within(slot('Statuts')).getByRole('alert')).toHaveTextContent(text);
  });

  it('refuses a file too large or of an unknown type before sending anything', async () => {
    const calls = formApi();
    stubUploads();
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/demandes/app-1/modifier/documents');
    await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });

    await user.upload(within(slot('Statuts')).getByLabelText(/^Choisir un fichier/), pdf('scan.pdf', 11 * 1024 * 1024));
    expect(await within(slot('Statuts')).findByRole('alert')).toHaveTextContent(
      loose('Le fichier « scan.pdf » pèse 11 Mo : la taille maximale est de 10 Mo.'),
    );
    await user.upload(within(slot('RIB')).getByLabelText(/^Choisir un fichier/), new File(['MZ'], 'rib.exe', { type: '' }));
    expect(await within(slot('RIB')).findByRole('alert')).toHaveTextContent(
      loose('Le fichier « rib.exe » n’est pas dans un format accepté'),
    );
    expect(declarations(calls)).toEqual([]);
    expect(FakeUpload.sent).toEqual([]);
  });

  it('lists what is already there with its state, and deletes on request', async () => {
    const calls = formApi(
      {
        documents: [
          documentOf('statuts', 'statuts.pdf', 'verified'),
          documentOf('rib', 'rib.pdf', 'pending'),
          documentOf('avis_sirene', 'sirene.pdf', 'rejected', { fr: 'Le fichier est vide.', en: 'The file is empty.' }),
        ],
      },
      { [`DELETE /api/applications/${APP_ID}/documents/:documentId`]: () => noContent() },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });
    expect(slot('Statuts')).toHaveTextContent(loose('statuts.pdfVérifié ✓'));
    expect(slot('RIB')).toHaveTextContent(loose('rib.pdfEn cours de vérification'));
    expect(slot('Avis de situation SIRENE')).toHaveTextContent(loose('sirene.pdfRefusé : Le fichier est vide.'));
    expect(within(slot('Avis de situation SIRENE')).queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Supprimer statuts.pdf' }));
    await vi.waitFor(() => expect(within(slot('Statuts')).queryByText('statuts.pdf')).toBeNull());
    expect(sent(calls, 'DELETE', `/api/applications/${APP_ID}/documents/doc-statuts`)).toHaveLength(1);
    expect(within(slot('Statuts')).getByLabelText(/^Choisir un fichier — Statuts/)).toBeInTheDocument();
  });
});
