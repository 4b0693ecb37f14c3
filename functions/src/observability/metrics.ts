/**
 * The business counters an operator watches (CloudWatch namespace `Guichet`, one
 * dimension `stage` in AWS). Services count through this port; the Lambda host
 * publishes them as EMF log lines (powertools-metrics.ts), the local stack and the
 * tests keep them in memory.
 */
export const METRIC_NAMES = [
  'ApplicationsSubmitted',
  'Decisions',
  'SignInCodesSent',
  'SignInFailures',
  'UploadsVerified',
  'UploadsRefused',
  'UploadsInfected',
  'MailFailures',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Extra dimensions, for the few counters worth splitting (a decision by its kind). */
export type MetricDimensions = Readonly<Record<string, string>>;

export type Metrics = {
  count(name: MetricName, value?: number, dimensions?: MetricDimensions): void;
};

export type MemoryMetrics = Metrics & {
  /** The sum counted under `name`, for these dimensions when given (all of them otherwise). */
  total(name: MetricName, dimensions?: MetricDimensions): number;
};

/** Counts in memory, one running sum per metric and dimensions: the local stack and the tests, where there is no CloudWatch. */
export function createMemoryMetrics(): MemoryMetrics {
  const sums = new Map<string, { name: MetricName; dimensions: MetricDimensions; value: number }>();
  return {
    count(name, value = 1, dimensions = {}) {
      const key = JSON.stringify([name, Object.entries(dimensions).sort(([a], [b]) => a.localeCompare(b))]);
      const sum = sums.get(key) ?? { name, dimensions, value: 0 };
      sum.value += value;
      sums.set(key, sum);
    },
    total(name, dimensions = {}) {
      let total = 0;
      for (const sum of sums.values()) {
        if (sum.name === name && Object.entries(dimensions).every(([k, v]) => sum.dimensions[k] === v)) total += sum.value;
      }
      return total;
    },
  };
}
