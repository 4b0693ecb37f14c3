/**
 * The dashboard's figures, loaded on arrival and again on "Actualiser". Unlike a
 * resource, a failed refresh keeps the figures already shown (with the time they
 * date from), so the manager never loses the page to a dropped connection.
 */
import { createEffect, createSignal, on, type Accessor } from 'solid-js';
import { getDashboard, type Dashboard } from '../../lib/staff-api';

/** What the dashboard's parts read: the figures, how fresh they are, and how to reload them. */
export interface DashboardState {
  data: Accessor<Dashboard | undefined>;
  /** The last load's failure, cleared by the next attempt. */
  error: Accessor<unknown>;
  pending: Accessor<boolean>;
  /** When the figures shown were read. */
  loadedAt: Accessor<Date | undefined>;
  reload: () => Promise<void>;
}

/** Loads the dashboard of `programId` now and whenever it changes; `reload` is the "Actualiser" button. */
export function useDashboard(programId: Accessor<string>): DashboardState {
  const [data, setData] = createSignal<Dashboard>();
  const [error, setError] = createSignal<unknown>();
  const [pending, setPending] = createSignal(false);
  const [loadedAt, setLoadedAt] = createSignal<Date>();
  let latest = 0;
  const reload = async () => {
    const attempt = ++latest;
    setPending(true);
    setError(undefined);
    try {
      const next = await getDashboard(programId());
      if (attempt !== latest) return;
      setData(next);
      setLoadedAt(new Date());
    } catch (failure) {
      if (attempt === latest) setError(failure);
    } finally {
      if (attempt === latest) setPending(false);
    }
  };
  createEffect(
    on(programId, () => {
      setData(undefined);
      void reload();
    }),
  );
  return { data, error, pending, loadedAt, reload };
}
