/** Timing helpers for the benchmark: percentiles, and measurements interleaved with their baseline. */
import { performance } from 'node:perf_hooks';

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export type Timings = { p50: number; p99: number; samples: number };

export const summarise = (samples: readonly number[]): Timings => ({
  p50: round(percentile(samples, 50)),
  p99: round(percentile(samples, 99)),
  samples: samples.length,
});

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `subject` and `baseline` alternately, `reps` times each after `warmup` rounds, so both see the same machine. */
export async function interleaved(
  reps: number,
  baseline: () => Promise<unknown>,
  subject: () => Promise<unknown>,
  warmup = 5,
): Promise<{ baseline: Timings; subject: Timings }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    const order = i % 2 === 0 ? ([baseline, subject] as const) : ([subject, baseline] as const);
    for (const run of order) {
      const started = performance.now();
      await run();
      const elapsed = performance.now() - started;
      if (i >= warmup) (run === baseline ? a : b).push(elapsed);
    }
  }
  return { baseline: summarise(a), subject: summarise(b) };
}
