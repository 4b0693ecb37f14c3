import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me, WalletItem } from '../../../frontend/src/lib/api';
import { jsonResponse, lea, signedIn } from '../fixtures';
import { noContent, sent, stubApi } from '../support/api-harness';
import { loose } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const KEPT: WalletItem[] = [
  {
    id: 'wal-rib',
    type: 'rib',
    filename: 'RIB Ressourcerie.pdf',
    contentType: 'application/pdf',
    size: 48_213,
    sha256: 'b'.repeat(64),
    validUntil: null,
    addedAt: '2026-10-01T09:00:00.000Z',
    fromApplicationId: 'app-0',
    expired: false,
    expiresSoon: false,
  },
  {
    id: 'wal-sirene',
    type: 'avis_sirene',
    filename: 'avis-sirene-2026.pdf',
    contentType: 'application/pdf',
    size: 1_572_864,
    sha256: 'c'.repeat(64),
    validUntil: '2026-11-30',
    addedAt: '2026-08-30T09:00:00.000Z',
    fromApplicationId: 'app-0',
    expired: true,
    expiresSoon: false,
  },
];

const wallet = () => screen.findByRole('region', { name: 'Mon portefeuille de documents' }, { timeout: 10_000 });

describe('Mon compte: the document wallet', { timeout: 30_000 }, () => {
  it('lists each kept document with its type, name, size and validity, marks the expired one, and deletes on request', async () => {
    const calls = stubApi({
      ...signedIn,
      'GET /api/me/wallet': () => jsonResponse({ items: KEPT }),
      'DELETE /api/me/wallet/:walletId': () => noContent(),
    });
    const user = userEvent.setup();
    renderApp('/compte');
    const section = await wallet();
    const [rib, sirene] = await within(section).findAllByRole('listitem');
    expect(rib).toHaveTextContent(loose('RIBRIB Ressourcerie.pdf47 Ko · Sans date de fin'));
    expect(sirene).toHaveTextContent(loose('Avis de situation SIRENE Expiréavis-sirene-2026.pdf'));
    expect(sirene).toHaveTextContent(loose('1,5 Mo · Valable jusqu’au 30 novembre 2026'));
    expect(within(rib as HTMLElement).queryByText('Expiré')).toBeNull();

    await user.click(within(section).getByRole('button', { name: loose('Supprimer « avis-sirene-2026.pdf » de mon portefeuille') }));
    await vi.waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(sent(calls, 'DELETE', '/api/me/wallet/wal-sirene')).toHaveLength(1);
    expect(section).toHaveTextContent(loose('« avis-sirene-2026.pdf » a été supprimé de votre portefeuille.'));
  });

  it('says when the wallet is empty, and staff have none', async () => {
    stubApi({ ...signedIn, 'GET /api/me/wallet': () => jsonResponse({ items: [] }) });
    const page = renderApp('/compte');
    expect(await within(await wallet()).findByText('Votre portefeuille est vide.')).toBeInTheDocument();
    page.unmount();

    const manager: Me = { ...lea, id: 'usr_mgr', role: 'manager' };
    const calls = stubApi({ 'GET /api/me': () => jsonResponse(manager) });
    renderApp('/compte');
    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    expect(screen.queryByRole('region', { name: 'Mon portefeuille de documents' })).toBeNull();
    expect(sent(calls, 'GET', '/api/me/wallet')).toEqual([]);
  });
});
