/**
 * The arithmetic of the dashboard's hand-written SVG charts: linear scales, "nice"
 * axis ticks, calendar days as numbers and the path of a step line. Pure and
 * DOM-free, so the geometry is unit-tested apart from the drawing.
 */

/** Maps `domain` onto `range` linearly; a zero-width domain maps everything to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** The round step (1, 2, 2.5 or 5 times a power of ten) closest above `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Axis ticks from 0 to a round value at or above `max`, about `count` intervals
 * apart, so every gridline reads as a round amount ("100 k€", not "97 312 €").
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const step = niceStep(max / Math.max(1, count));
  const intervals = Math.ceil(max / step - 1e-9);
  return Array.from({ length: intervals + 1 }, (_, index) => Math.round(index * step * 1e6) / 1e6);
}

const DAY_MS = 86_400_000;

/** A calendar day ("2026-11-05") as a whole number of days, so dates sit on a linear axis. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) / DAY_MS);
}

/**
 * At most `max` items spread evenly, always keeping the first and the last: the
 * dates labelled under a time axis that has no room for all of them.
 */
export function spreadPick<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 1) return items.slice(-1);
  const picked = new Set<number>();
  for (let index = 0; index < max; index += 1) picked.add(Math.round((index * (items.length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).map((index) => items[index] as T);
}

/**
 * The SVG path of a cumulative step line: flat at `baseline` from `startX`, up at
 * each point, flat until the next one, and on to `endX`. A total that grows by
 * decisions stays level between them, so steps tell the truth where a sloped line
 * would invent amounts awarded between two decision days.
 */
export function stepPath(points: readonly { x: number; y: number }[], startX: number, endX: number, baseline: number): string {
  const parts = [`M${round(startX)} ${round(baseline)}`];
  for (const point of points) parts.push(`H${round(point.x)}`, `V${round(point.y)}`);
  parts.push(`H${round(endX)}`);
  return parts.join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
