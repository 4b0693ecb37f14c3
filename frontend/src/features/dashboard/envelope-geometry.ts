/**
 * Where everything of the "envelope used over time" chart goes, for a given
 * width: pure numbers, so the drawing component only places them and the layout
 * can be checked without a browser.
 */
import { dayNumber, linearScale, niceTicks, spreadPick, stepPath } from './chart-scale';

/** One decision day: the cumulative amount awarded at its end, as the dashboard API gives it. */
export interface EnvelopePoint {
  date: string;
  awardedCents: number;
}

/** Room for the y tick labels on the left, the axis title above, the day labels below. */
export const ENVELOPE_MARGIN = { top: 48, right: 16, bottom: 56, left: 64 } as const;

/** Horizontal room one day label needs under the axis. */
const DAY_LABEL_WIDTH = 72;

/** The chart's coordinates, in CSS pixels from the top-left corner. */
export interface EnvelopeGeometry {
  width: number;
  height: number;
  /** Left and right ends of the plot, and the y of the zero line. */
  plot: { left: number; right: number; top: number; bottom: number };
  path: string;
  dots: { x: number; y: number; point: EnvelopePoint }[];
  yTicks: { y: number; cents: number }[];
  xTicks: { x: number; date: string }[];
  envelopeY: number;
}

/** Lays out `points` (cumulative, oldest first, at least one) against `envelopeCents` in `width` pixels. */
export function envelopeGeometry(points: readonly EnvelopePoint[], envelopeCents: number, width: number): EnvelopeGeometry {
  const m = ENVELOPE_MARGIN;
  const height = Math.round(Math.min(320, Math.max(240, width * 0.45)));
  const plot = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const last = points[points.length - 1]?.awardedCents ?? 0;
  const ticks = niceTicks(Math.max(envelopeCents, last), 4);
  const y = linearScale([0, ticks[ticks.length - 1] ?? 1], [plot.bottom, plot.top]);
  const days = points.map((point) => dayNumber(point.date));
  const first = days[0] ?? 0;
  const lastDay = days[days.length - 1] ?? first;
  // Half a step of margin on each side, so the first rise and the last level both show.
  const pad = Math.max(1, Math.round((lastDay - first) * 0.05));
  const x = linearScale([first - pad, lastDay + pad], [plot.left, plot.right]);
  const dots = points.map((point, index) => ({ x: x(days[index] ?? first), y: y(point.awardedCents), point }));
  const room = Math.max(2, Math.floor((plot.right - plot.left) / DAY_LABEL_WIDTH));
  return {
    width,
    height,
    plot,
    path: stepPath(dots, plot.left, plot.right, plot.bottom),
    dots,
    yTicks: ticks.map((cents) => ({ y: y(cents), cents })),
    xTicks: spreadPick(dots, room).map((dot) => ({ x: dot.x, date: dot.point.date })),
    envelopeY: y(envelopeCents),
  };
}
