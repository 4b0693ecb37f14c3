/**
 * One programme's queue as the reviewer pages through it: the first page on every
 * change of filter or sort, then "Afficher plus" appends the next page while the
 * API still returns a cursor. A late answer for an old filter is dropped, so a
 * quick second change never shows the first filter's items.
 */
import { createEffect, createSignal, on } from 'solid-js';
import type { ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { listQueue, type QueueItem } from '../../lib/staff-api';

export type QueueSort = 'date' | 'score';

/** Items shown per page: enough to scan, small enough for a phone on a slow network. */
export const QUEUE_PAGE_SIZE = 20;

export function useQueue(query: () => { programId: string; status: ApplicationStatus; sort: QueueSort }) {
  const [items, setItems] = createSignal<QueueItem[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [state, setState] = createSignal<'loading' | 'ready' | 'error'>('loading');
  const [more, setMore] = createSignal<'idle' | 'loading' | 'error'>('idle');
  let generation = 0;

  /** `refresh` reloads the first page in place (after an assignment), keeping the list on screen meanwhile. */
  const load = async (mode: 'replace' | 'refresh' | 'append') => {
    const current = ++generation;
    const append = mode === 'append';
    if (append) setMore('loading');
    else if (mode === 'replace') setState('loading');
    try {
      const page = await listQueue({ ...query(), cursor: append ? cursor() : null, limit: QUEUE_PAGE_SIZE });
      if (current !== generation) return;
      setItems((previous) => (append ? [...previous, ...page.items] : page.items));
      setCursor(page.cursor);
      setState('ready');
      setMore('idle');
    } catch {
      if (current !== generation) return;
      if (append) setMore('error');
      else setState('error');
    }
  };

  createEffect(on(query, () => void load('replace')));

  return {
    items,
    state,
    more,
    hasMore: () => cursor() !== null,
    refresh: () => load('refresh'),
    loadMore: () => load('append'),
  };
}
