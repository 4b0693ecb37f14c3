import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationDocument } from '../../../functions/src/domain/application';
import { parisToday } from '../../../functions/src/domain/calendar';
import { defaultValidUntil } from '../../../functions/src/domain/wallet';
import type { WalletItem } from '../../../frontend/src/lib/api';
import { jsonResponse, sent } from '../support/api-harness';
import { APP_ID, declared, documentOf, FakeUpload, formApi, loose, pendingDocument, stubUploads } from '../support/form-fixtures';
import { deferred, renderApp } from '../support/render-app';

const slot = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
/** The step's heading; the first render of a file loads the lazy route, slow on a busy machine. */
const stepHeading = () => screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' }, { timeout: 10_000 });
const REUSE = `/api/applications/${APP_ID}/documents/from-wallet`;

function item(overrides: Partial<WalletItem> = {}): WalletItem {
  return {
    id: 'wal-rib',
    type: 'rib',
    filename: 'RIB Ressourcerie.pdf',
    contentType: 'application/pdf',
    size: 48_213,
    sha256: 'b'.repeat(64),
    validUntil: '2027-06-30',
    addedAt: '2026-10-01T09:00:00.000Z',
    fromApplicationId: 'app-0',
    expired: false,
    expiresSoon: false,
    ...overrides,
  };
}

describe('documents step: the document wallet', { timeout: 30_000 }, () => {
  it('offers a kept RIB for reuse in one click, shows the check under way, then the verified document', async () => {
    const answer = deferred<Response>();
    const calls = formApi(
      {},
      {
        'GET /api/me/wallet': () =>
          jsonResponse({
            items: [
              item(),
              item({ id: 'wal-old', type: 'avis_sirene', filename: 'sirene-2025.pdf', validUntil: '2026-01-31', expired: true }),
            ],
          }),
        [`POST ${REUSE}`]: () => answer.promise,
      },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await stepHeading();

    const rib = slot('RIB');
    const reuse = await within(rib).findByRole('button', {
      name: loose('Réutiliser « RIB Ressourcerie.pdf » (valable jusqu’au 30 juin 2027)'),
    });
    // An expired one is named, not offered; other slots offer nothing they do not have.
    expect(within(slot('Avis de situation SIRENE')).queryByRole('button', { name: /Réutiliser/ })).toBeNull();
    expect(slot('Avis de situation SIRENE')).toHaveTextContent(loose('« sirene-2025.pdf » a expiré le 31 janvier 2026'));
    expect(within(slot('Statuts')).queryByRole('button', { name: /Réutiliser/ })).toBeNull();

    await user.click(reuse);
    expect(await within(rib).findByRole('status')).toHaveTextContent(
      loose('Vérification et analyse antivirus de « RIB Ressourcerie.pdf »…'),
    );
    expect(sent(calls, 'POST', REUSE).map((call) => call.body)).toEqual([{ walletId: 'wal-rib' }]);

    const reused: ApplicationDocument = {
      ...documentOf('rib', 'RIB Ressourcerie.pdf', 'verified'),
      id: 'doc-reused',
      sha256: 'b'.repeat(64),
      declaredSize: 48_213,
      verifiedSize: 48_213,
    };
    answer.resolve(jsonResponse(reused, 201));
    expect(await within(rib).findByText('Vérifié ✓')).toBeInTheDocument();
    expect(within(rib).getByText('RIB Ressourcerie.pdf')).toBeInTheDocument();
    // A usable RIB now: no more offer, and nothing to keep (the same bytes are in the wallet).
    expect(within(rib).queryByRole('button', { name: /Réutiliser/ })).toBeNull();
    expect(within(rib).queryByRole('button', { name: 'Garder dans mon portefeuille' })).toBeNull();
    expect(within(rib).queryByRole('status')).toBeNull();
  });

  it('says why a reuse was refused', async () => {
    formApi(
      {},
      {
        'GET /api/me/wallet': () => jsonResponse({ items: [item()] }),
        [`POST ${REUSE}`]: () =>
          jsonResponse(
            {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              detail: 'Ce document de votre portefeuille a expiré : envoyez une version à jour.',
              detailI18n: {
                fr: 'Ce document de votre portefeuille a expiré : envoyez une version à jour.',
                en: 'This wallet document has expired: upload an up-to-date version.',
              },
            },
            409,
          ),
      },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await stepHeading();
    await user.click(await within(slot('RIB')).findByRole('button', { name: /^Réutiliser/ }));
    expect(await within(slot('RIB')).findByRole('alert')).toHaveTextContent('Ce document de votre portefeuille a expiré');
  });

  it('after an organisation document is uploaded and verified, offers to keep it with its default validity', async () => {
    let pending: ApplicationDocument | undefined;
    const calls = formApi(
      {},
      {
        [`POST /api/applications/${APP_ID}/documents`]: (body) => {
          pending = pendingDocument(body, 'doc-sirene');
          return declared(pending);
        },
        [`POST /api/applications/${APP_ID}/documents/:documentId/complete`]: () =>
          jsonResponse({ ...pending, status: 'verified', verifiedSize: 2048, sha256: 'c'.repeat(64), scan: 'clean' }),
        'POST /api/me/wallet': (body) =>
          jsonResponse(
            item({
              id: 'wal-sirene',
              type: 'avis_sirene',
              filename: 'sirene.pdf',
              sha256: 'c'.repeat(64),
              validUntil: (body as { validUntil: string }).validUntil,
            }),
            201,
          ),
      },
    );
    stubUploads();
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await stepHeading();
    const sirene = slot('Avis de situation SIRENE');
    expect(within(sirene).queryByRole('button', { name: 'Garder dans mon portefeuille' })).toBeNull();

    await user.upload(
      within(sirene).getByLabelText(/^Choisir un fichier/),
      new File([new Uint8Array(2048)], 'sirene.pdf', { type: 'application/pdf' }),
    );
    await vi.waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
    FakeUpload.sent[0]?.finish();
    const keep = await within(sirene).findByRole('button', { name: 'Garder dans mon portefeuille' });
    const until = within(sirene).getByLabelText(/^Valable jusqu’au/);
    const expected = defaultValidUntil('avis_sirene', parisToday(new Date())) ?? '';
    expect(until).toHaveValue(expected);

    await user.click(keep);
    expect(await within(sirene).findByRole('status')).toHaveTextContent(loose('« sirene.pdf » est gardé dans votre portefeuille'));
    expect(sent(calls, 'POST', '/api/me/wallet').map((call) => call.body)).toEqual([
      { applicationId: APP_ID, documentId: 'doc-sirene', validUntil: expected },
    ]);
    expect(within(sirene).queryByRole('button', { name: 'Garder dans mon portefeuille' })).toBeNull();
  });

  it('refuses a validity date in the past before sending anything', async () => {
    const calls = formApi(
      { documents: [] },
      {
        [`POST /api/applications/${APP_ID}/documents`]: (body) => declared(pendingDocument(body, 'doc-statuts')),
        [`POST /api/applications/${APP_ID}/documents/:documentId/complete`]: () =>
          jsonResponse({
            ...documentOf('statuts', 'statuts.pdf', 'verified'),
            id: 'doc-statuts',
          }),
      },
    );
    stubUploads();
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/documents');
    await stepHeading();
    const statuts = slot('Statuts');
    await user.upload(
      within(statuts).getByLabelText(/^Choisir un fichier/),
      new File([new Uint8Array(2048)], 'statuts.pdf', { type: 'application/pdf' }),
    );
    await vi.waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
    FakeUpload.sent[0]?.finish();
    const until = await within(statuts).findByLabelText(/^Valable jusqu’au/);
    // Statuts have no default end date.
    expect(until).toHaveValue('');
    await user.type(until, '2020-01-01');
    await user.click(within(statuts).getByRole('button', { name: 'Garder dans mon portefeuille' }));
    expect(await within(statuts).findByText(loose('Date de validité : aujourd’hui ou plus tard.'))).toBeInTheDocument();
    expect(sent(calls, 'POST', '/api/me/wallet')).toEqual([]);
  });
});
