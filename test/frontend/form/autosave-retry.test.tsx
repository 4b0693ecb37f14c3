/**
 * When the API keeps saying "not now" (503 with Retry-After, 429, or no network),
 * autosave keeps the applicant's edits, retries with growing, jittered waits, and
 * after three failed tries says so politely, with the time to the next try and a
 * button to try at once.
 */
import { fireEvent, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApplicationView } from '../../../frontend/src/lib/api';
import { createAutosave, type AutosaveStatus } from '../../../frontend/src/features/application-form/autosave';
import { problem } from '../support/api-harness';
import { APP_ID, application, formApi, patches, savedAs } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const BUSY = {
  fr: 'Le service est momentanément surchargé, réessayez dans quelques secondes.',
  en: 'The service is busy right now, please try again in a few seconds.',
};
const busy = (retryAfter: number) => problem(503, BUSY, { headers: { 'Retry-After': String(retryAfter) } });

describe('autosave under a failing API', { timeout: 30_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('retries 503s and a network failure, keeps the edits, then offers "Réessayer maintenant" with the time the API asked for', async () => {
    let tries = 0;
    const calls = formApi(
      {},
      {
        [`PATCH /api/applications/${APP_ID}`]: (body) => {
          tries += 1;
          if (tries === 1) return busy(1);
          if (tries === 2) throw new TypeError('Failed to fetch');
          if (tries === 3) return busy(20);
          return savedAs(application(), body);
        },
      },
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp('/demandes/app-1/modifier/project');
    const title = await screen.findByRole('textbox', { name: /^Nom du projet/ });
    await user.type(title, 'Atelier');

    // The fake clock also follows real time here (the page loads lazily), so a slow machine
    // may run a retry early: the exact waits are the backoff tests' below; this one checks
    // what the applicant sees. Before the third failed try, only the discreet status line.
    await vi.advanceTimersByTimeAsync(800);
    await vi.waitFor(() => expect(tries).toBeGreaterThanOrEqual(1));
    expect(tries).toBeLessThan(3);
    expect(screen.queryByText(/Vos modifications ne sont pas encore enregistrées/)).toBeNull();
    // Second try after 1 s (± jitter), third after 2 s (± jitter).
    await vi.advanceTimersByTimeAsync(1_300 + 2_600);
    await vi.waitFor(() => expect(tries).toBe(3));

    // Three failed tries: the polite, persistent notice, waiting the 20 s the API asked for.
    expect(await screen.findByText('Vos modifications ne sont pas encore enregistrées.')).toBeInTheDocument();
    const secondsLeft = () => Number(/Nouvel essai dans (\d+) s\./.exec(document.body.textContent ?? '')?.[1]);
    const first = secondsLeft();
    expect(first).toBeGreaterThan(15);
    expect(first).toBeLessThanOrEqual(20);
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(secondsLeft()).toBeLessThanOrEqual(first - 5));
    expect(tries).toBe(3);

    // Typing goes on; nothing typed is lost.
    fireEvent.input(title, { target: { value: 'Atelier vélo' } });
    await user.click(screen.getByRole('button', { name: 'Réessayer maintenant' }));
    await vi.waitFor(() => expect(screen.getByText(/^Enregistré à \d\d:\d\d$/)).toBeInTheDocument());
    expect(screen.queryByText(/Vos modifications ne sont pas encore enregistrées/)).toBeNull();
    expect(patches(calls)).toHaveLength(4);
    expect(patches(calls).at(-1)).toEqual({ version: 3, project: { title: 'Atelier vélo' } });
  });
});

describe('autosave backoff', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function failing(errors: ApiError[], random = () => 0.5) {
    const received: number[] = [];
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave({
      version: 1,
      save: async () => {
        received.push(Date.now());
        const error = errors.shift();
        if (error) throw error;
        return { application: { version: 2 } } as ApplicationView;
      },
      onStatus: (status) => statuses.push(status),
      random,
    });
    return { autosave, received, statuses };
  }
  const unavailable = (retryAfterSeconds?: number) =>
    new ApiError({ type: 'about:blank', title: 'Service Unavailable', status: 503, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });

  it('doubles the wait from 1 s and caps it at 30 s', async () => {
    const { autosave, received } = failing(Array.from({ length: 7 }, () => unavailable()));
    const start = Date.now();
    autosave.change('project', { title: 'A' });
    await vi.advanceTimersByTimeAsync(800 + 1_000 + 2_000 + 4_000 + 8_000 + 16_000 + 30_000 + 30_000);
    const gaps = received.slice(1).map((at, i) => at - (received[i] ?? start));
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('spreads the waits with jitter, so many tabs do not retry in step', async () => {
    const low = failing([unavailable()], () => 0);
    low.autosave.change('project', { title: 'A' });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(749);
    expect(low.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(low.received).toHaveLength(2);
  });

  it('waits at least what Retry-After says, on a 429 too', async () => {
    const { autosave, received } = failing([
      new ApiError({ type: 'about:blank', title: 'Too Many Requests', status: 429, retryAfterSeconds: 7 }),
    ]);
    autosave.change('project', { title: 'A' });
    await vi.advanceTimersByTimeAsync(800 + 6_999);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(received).toHaveLength(2);
  });

  it('says "unsaved" from the third failed try, with when the next one is, and retries at once on demand', async () => {
    const { autosave, received, statuses } = failing([unavailable(), unavailable(), unavailable()]);
    autosave.change('project', { title: 'A' });
    await vi.advanceTimersByTimeAsync(800 + 1_000 + 2_000);
    expect(statuses.filter((s) => s.kind === 'retrying')).toHaveLength(2);
    const last = statuses.at(-1);
    expect(last?.kind).toBe('unsaved');
    expect(last?.kind === 'unsaved' && last.retryAt.getTime() - Date.now()).toBe(4_000);
    autosave.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(received).toHaveLength(4);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });
});
