import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationPatch } from '../../../functions/src/domain/application';
import { ApiError, type ApplicationView } from '../../../frontend/src/lib/api';
import { createAutosave, type AutosaveStatus } from '../../../frontend/src/features/application-form/autosave';

/** A server that answers each PATCH with the next version, or with the failure the test queued. */
function fakeServer(startVersion: number) {
  let version = startVersion;
  const received: ApplicationPatch[] = [];
  const failures: ApiError[] = [];
  let hold: Promise<void> | null = null;
  return {
    received,
    failNext: (error: ApiError) => failures.push(error),
    holdNext: () => {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return () => release();
    },
    async save(patch: ApplicationPatch): Promise<ApplicationView> {
      received.push(structuredClone(patch));
      if (hold) {
        const waiting = hold;
        hold = null;
        await waiting;
      }
      const failure = failures.shift();
      if (failure) throw failure;
      if (patch.version !== version) throw new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, currentVersion: version });
      version += 1;
      return { application: { version } } as ApplicationView;
    },
  };
}

const networkError = () => new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });

describe('autosave controller', () => {
  let statuses: AutosaveStatus[];
  beforeEach(() => {
    vi.useFakeTimers();
    statuses = [];
  });
  afterEach(() => vi.useRealTimers());

  function setup(startVersion = 3) {
    const server = fakeServer(startVersion);
    const autosave = createAutosave({
      version: startVersion,
      save: (patch) => server.save(patch),
      onStatus: (status) => statuses.push(status),
      now: () => new Date('2026-12-01T13:32:00Z'),
      // No jitter, so the waits are the table's own.
      random: () => 0.5,
    });
    return { server, autosave };
  }

  it('waits for a pause in typing, then sends each changed section whole, once', async () => {
    const { server, autosave } = setup();
    autosave.change('organisation', { name: 'La' });
    await vi.advanceTimersByTimeAsync(500);
    autosave.change('organisation', { name: 'La Ressourcerie' });
    autosave.change('project', { title: 'Atelier' });
    await vi.advanceTimersByTimeAsync(799);
    expect(server.received).toEqual([]);
    expect(autosave.hasUnsavedChanges()).toBe(true);

    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toEqual([{ version: 3, organisation: { name: 'La Ressourcerie' }, project: { title: 'Atelier' } }]);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: new Date('2026-12-01T13:32:00Z') });
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it('chains on the version each save returns', async () => {
    const { server, autosave } = setup(7);
    autosave.change('budget', { amountRequestedCents: 100_000 });
    await vi.advanceTimersByTimeAsync(800);
    autosave.change('budget', { amountRequestedCents: 200_000 });
    await vi.advanceTimersByTimeAsync(800);
    autosave.change('declaration', { accepted: true });
    await autosave.flush();
    expect(server.received.map((patch) => patch.version)).toEqual([7, 8, 9]);
    expect(autosave.version()).toBe(10);
  });

  it('keeps changes made during a save for the next one, never two saves at once', async () => {
    const { server, autosave } = setup();
    const release = server.holdNext();
    autosave.change('project', { title: 'A' });
    await vi.advanceTimersByTimeAsync(800);
    autosave.change('project', { title: 'Atelier' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.received).toHaveLength(1);

    release();
    await vi.advanceTimersByTimeAsync(800);
    expect(server.received).toEqual([
      { version: 3, project: { title: 'A' } },
      { version: 4, project: { title: 'Atelier' } },
    ]);
  });

  it('on 409, stops saving and reports the conflict instead of overwriting', async () => {
    const { server, autosave } = setup();
    server.failNext(new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, currentVersion: 5 }));
    autosave.change('organisation', { name: 'Mine' });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toEqual({ kind: 'conflict', currentVersion: 5 });

    autosave.change('organisation', { name: 'Mine, again' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await autosave.flush()).toBe(false);
    expect(server.received).toHaveLength(1);
    expect(autosave.hasUnsavedChanges()).toBe(true);
  });

  it('retries a network failure with growing waits, then saves', async () => {
    const { server, autosave } = setup();
    server.failNext(networkError());
    server.failNext(networkError());
    autosave.change('answers', { accompagnement: true });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toEqual({ kind: 'retrying', attempt: 1 });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toHaveLength(2);
    expect(statuses.at(-1)).toEqual({ kind: 'retrying', attempt: 2 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toEqual([
      { version: 3, answers: { accompagnement: true } },
      { version: 3, answers: { accompagnement: true } },
      { version: 3, answers: { accompagnement: true } },
    ]);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('retries a 5xx too, with the latest values typed meanwhile', async () => {
    const { server, autosave } = setup();
    server.failNext(new ApiError({ type: 'about:blank', title: 'Bad Gateway', status: 502 }));
    autosave.change('project', { title: 'Atelier' });
    await vi.advanceTimersByTimeAsync(800);
    autosave.change('project', { title: 'Atelier vélo' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.received.at(-1)).toEqual({ version: 3, project: { title: 'Atelier vélo' } });
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('on 400, shows the field errors and does not resend the same data until the next change', async () => {
    const { server, autosave } = setup();
    const errors = [{ path: 'body.organisation.postcode', message: { fr: 'Au plus 5 caractères.', en: 'At most 5 characters.' } }];
    server.failNext(new ApiError({ type: 'about:blank', title: 'Bad Request', status: 400, errors }));
    autosave.change('organisation', { postcode: '620000' });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toEqual({ kind: 'invalid', errors });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.received).toHaveLength(1);

    autosave.change('organisation', { postcode: '62000' });
    await vi.advanceTimersByTimeAsync(800);
    expect(server.received.at(-1)).toEqual({ version: 3, organisation: { postcode: '62000' } });
  });

  it('flush saves at once, without waiting for the pause', async () => {
    const { server, autosave } = setup();
    autosave.change('declaration', { signatoryName: 'Léa Dupont' });
    expect(await autosave.flush()).toBe(true);
    expect(server.received).toEqual([{ version: 3, declaration: { signatoryName: 'Léa Dupont' } }]);
  });
});
