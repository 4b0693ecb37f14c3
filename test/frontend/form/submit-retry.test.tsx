/**
 * Deadline day: the API may answer "busy" (503 with Retry-After) to a submission. The
 * form waits as asked and submits again on its own, so the applicant just sees the
 * button working, then their application page; after a few busy answers it says so.
 */
import { screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VALID_SECTIONS } from '../../support/applications';
import { jsonResponse, problem, sent } from '../support/api-harness';
import { acceptSaves, APP_ID, application, documentOf, formApi, viewOf } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const BUSY = {
  fr: 'Le service est momentanément surchargé, réessayez dans quelques secondes.',
  en: 'The service is busy right now, please try again in a few seconds.',
};
const busy = () => problem(503, BUSY, { headers: { 'Retry-After': '1' } });
const complete = () =>
  application({ ...VALID_SECTIONS, declaration: { accepted: true, signatoryName: 'Léa Dupont', signatoryRole: 'Présidente' } });
const verified = () =>
  ['statuts', 'avis_sirene', 'rib', 'budget_previsionnel'].map((type) => documentOf(type as 'statuts', `${type}.pdf`, 'verified'));

describe('submitting while the API is busy', { timeout: 30_000 }, () => {
  it('waits as the API asks and submits again on its own, then opens the application page', async () => {
    let tries = 0;
    const submitted = application({
      ...complete(),
      status: 'submitted',
      version: 5,
      reference: 'ESS-2026-000123',
      submittedAt: '2026-12-01T10:00:00.000Z',
    });
    const calls = formApi(
      { application: complete(), documents: verified() },
      {
        ...acceptSaves(complete()),
        [`POST /api/applications/${APP_ID}/transitions`]: () => {
          tries += 1;
          return tries <= 2 ? busy() : jsonResponse(viewOf(submitted, verified(), false));
        },
      },
    );
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/declaration');
    await user.click(await screen.findByRole('button', { name: 'Déposer ma demande' }));
    await vi.waitFor(() => expect(location()).toBe('/demandes/app-1?deposee=1'), { timeout: 10_000 });
    expect(sent(calls, 'POST', `/api/applications/${APP_ID}/transitions`)).toHaveLength(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so after five busy answers, and stays on the form', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const calls = formApi(
        { application: complete(), documents: verified() },
        { ...acceptSaves(complete()), [`POST /api/applications/${APP_ID}/transitions`]: busy },
      );
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { location } = renderApp('/demandes/app-1/modifier/declaration');
      await user.click(await screen.findByRole('button', { name: 'Déposer ma demande' }));
      for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(1_500);
      expect(await screen.findByRole('alert')).toHaveTextContent(BUSY.fr);
      expect(sent(calls, 'POST', `/api/applications/${APP_ID}/transitions`)).toHaveLength(5);
      expect(location()).toBe('/demandes/app-1/modifier/declaration');
    } finally {
      vi.useRealTimers();
    }
  });
});
