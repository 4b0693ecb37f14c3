/**
 * The rendered width of a chart's container. The charts draw in CSS pixels
 * (viewBox = measured width), so their text keeps its real size on a phone
 * instead of shrinking with a fixed viewBox, and they redraw when the width
 * changes (rotation, a resized window).
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** `ref` goes on the container; `width` falls back to `fallback` where nothing is laid out (tests). */
export function useWidth(fallback: number): { width: Accessor<number>; ref: (element: HTMLElement) => void } {
  const [width, setWidth] = createSignal(fallback);
  let observer: ResizeObserver | undefined;
  const measure = (element: HTMLElement) => {
    const measured = Math.floor(element.clientWidth);
    if (measured > 0) setWidth(measured);
  };
  const ref = (element: HTMLElement) => {
    queueMicrotask(() => measure(element));
    if (typeof ResizeObserver === 'undefined') return;
    observer?.disconnect();
    observer = new ResizeObserver(() => measure(element));
    observer.observe(element);
  };
  onCleanup(() => observer?.disconnect());
  return { width, ref };
}
