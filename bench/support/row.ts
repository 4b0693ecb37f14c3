/** One benchmark row: what it measures, its goal, and what one run found. */
export type RowResult = {
  id: string;
  what: string;
  goal: string;
  /** The figure compared with the goal (a ratio to the baseline taken in the same run, or a count). */
  figure: string;
  met: boolean;
  /** Everything measured, for bench/results/latest.json. */
  details: Record<string, unknown>;
};
