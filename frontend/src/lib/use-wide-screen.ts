/**
 * Whether the screen is wide enough for a table. The queue is a real table on a
 * desktop and a list of cards on a phone: rendering one or the other (rather than
 * restyling a table with CSS) keeps each one's semantics intact for screen readers.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** Tablet width and above, as in the stylesheets (48em). */
export const WIDE_QUERY = '(min-width: 48em)';

/** True on wide screens, following window resizes; true where media queries are unknown. */
export function useWideScreen(query = WIDE_QUERY): Accessor<boolean> {
  if (typeof window.matchMedia !== 'function') return () => true;
  const list = window.matchMedia(query);
  const [wide, setWide] = createSignal(list.matches);
  const update = (event: MediaQueryListEvent) => setWide(event.matches);
  list.addEventListener('change', update);
  onCleanup(() => list.removeEventListener('change', update));
  return wide;
}
