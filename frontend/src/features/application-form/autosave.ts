/**
 * Autosave for the application form. Applicants fill the form over days, on a
 * phone with a patchy connection, so every change is sent on its own after a
 * short pause, chained on the version the server last returned.
 *
 * The controller is plain TypeScript with an injectable saver and timer, so its
 * rules can be tested without a DOM or a server:
 * - changes are debounced, and each section is sent whole (PATCH replaces it);
 * - one save at a time; changes made meanwhile go in the next one;
 * - network errors, 429 and 5xx are retried with doubling, jittered waits (1 s, 2 s,
 *   4 s … 30 s at most, never less than the server's Retry-After); from the third
 *   failed try the status says the changes are not saved yet and when the next try
 *   is, and `retryNow` tries at once;
 * - a 409 (another tab or device saved first, or the application left the draft
 *   state) stops everything: nothing is ever overwritten silently;
 * - a 400 waits for the next change (resending the same data would fail again).
 */
import type { ApplicationPatch } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import { ApiError, type ApplicationView } from '../../lib/api';

/** The sections a PATCH can carry. */
export type SectionId = Exclude<keyof ApplicationPatch, 'version'>;

/** Section values waiting to be saved, each one complete. */
export type SectionValues = Partial<Omit<ApplicationPatch, 'version'>>;

/** What the status line shows. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; attempt: number }
  /** Still failing after a few tries: the edits are kept, the next try is at `retryAt`. */
  | { kind: 'unsaved'; attempt: number; retryAt: Date }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'conflict'; currentVersion: number | undefined }
  | { kind: 'failed'; status: number };

/** The timer functions, injectable so tests drive time by hand. */
export interface AutosaveTimers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** What the controller needs; the timers and clock are injectable for tests. */
export interface AutosaveOptions {
  /** The version the form was loaded at. */
  version: number;
  save: (patch: ApplicationPatch) => Promise<ApplicationView>;
  onStatus: (status: AutosaveStatus) => void;
  onSaved?: (view: ApplicationView) => void;
  /** Quiet time after the last change before saving; long enough not to save on every keystroke. */
  delayMs?: number;
  /** Waits between retries, before jitter; the last one repeats until the save goes through. */
  retryDelaysMs?: readonly number[];
  /** For the jitter (0 ≤ x < 1); 0.5 means no jitter. */
  random?: () => number;
  timers?: AutosaveTimers;
  now?: () => Date;
}

/** What the form uses: report changes, save now, and know whether anything is unsaved. */
export interface AutosaveController {
  /** Records the new value of a whole section and schedules a save. */
  change: <K extends SectionId>(section: K, value: NonNullable<ApplicationPatch[K]>) => void;
  /** Saves now (before leaving a step or submitting); true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  hasUnsavedChanges: () => boolean;
  /** Skips the wait before the next retry (the applicant's "Réessayer maintenant"). */
  retryNow: () => void;
  version: () => number;
  /** Stops timers; later changes are kept but never sent. */
  dispose: () => void;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000] as const;

/** Failed tries after which the status stops saying "trying again" and says the changes are not saved. */
export const UNSAVED_AFTER_FAILURES = 3;

function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;
}

/** Creates the controller; it does nothing until the first `change`. */
export function createAutosave(options: AutosaveOptions): AutosaveController {
  const delayMs = options.delayMs ?? 800;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const timers = options.timers ?? { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) };
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  let version = options.version;
  let pending: SectionValues = {};
  let inFlight: Promise<boolean> | null = null;
  let timer: unknown = null;
  let attempt = 0;
  let stopped = false;

  const hasPending = () => Object.keys(pending).length > 0;
  const setStatus = (status: AutosaveStatus) => options.onStatus(status);

  function clearTimer() {
    if (timer !== null) timers.clear(timer);
    timer = null;
  }

  function schedule(ms: number) {
    clearTimer();
    timer = timers.set(() => {
      timer = null;
      void run();
    }, ms);
  }

  function fail(batch: SectionValues, error: unknown): false {
    const changedMeanwhile = hasPending();
    pending = { ...batch, ...pending };
    if (error instanceof ApiError && error.status === 409) {
      stopped = true;
      clearTimer();
      setStatus({ kind: 'conflict', currentVersion: error.currentVersion });
    } else if (isRetryable(error)) {
      const base = retryDelays[Math.min(attempt, retryDelays.length - 1)] ?? delayMs;
      // ±25 % so that many tabs failing together do not retry in step; never sooner than the server asked.
      const asked = error instanceof ApiError && error.retryAfterSeconds ? error.retryAfterSeconds * 1_000 : 0;
      const wait = Math.max(Math.round(base * (0.75 + 0.5 * random())), asked);
      attempt += 1;
      setStatus(
        attempt >= UNSAVED_AFTER_FAILURES
          ? { kind: 'unsaved', attempt, retryAt: new Date(now().getTime() + wait) }
          : { kind: 'retrying', attempt },
      );
      schedule(wait);
    } else if (error instanceof ApiError && error.status === 400) {
      setStatus({ kind: 'invalid', errors: error.errors });
      // A change made during the refused save may be the correction: try it.
      if (changedMeanwhile) schedule(delayMs);
    } else {
      stopped = true;
      setStatus({ kind: 'failed', status: error instanceof ApiError ? error.status : 0 });
    }
    return false;
  }

  async function send(): Promise<boolean> {
    const batch = pending;
    pending = {};
    setStatus({ kind: 'saving' });
    try {
      const view = await options.save({ version, ...batch });
      version = view.application.version;
      attempt = 0;
      options.onSaved?.(view);
    } catch (error) {
      return fail(batch, error);
    }
    if (stopped) return !hasPending();
    if (hasPending()) {
      setStatus({ kind: 'pending' });
      schedule(delayMs);
      return false;
    }
    setStatus({ kind: 'saved', at: now() });
    return true;
  }

  async function run(): Promise<boolean> {
    clearTimer();
    if (inFlight) await inFlight;
    if (stopped) return !hasPending();
    if (inFlight) return run();
    if (!hasPending()) return true;
    clearTimer();
    inFlight = send().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    change(section, value) {
      pending = { ...pending, [section]: value };
      // While a save runs, or a retry waits, the change simply rides along with it.
      if (stopped || inFlight || attempt > 0) return;
      setStatus({ kind: 'pending' });
      schedule(delayMs);
    },
    async flush() {
      const done = await run();
      return done && !hasPending();
    },
    hasUnsavedChanges: () => hasPending() || inFlight !== null,
    retryNow() {
      if (stopped || inFlight || timer === null || attempt === 0) return;
      void run();
    },
    version: () => version,
    dispose() {
      stopped = true;
      clearTimer();
    },
  };
}
