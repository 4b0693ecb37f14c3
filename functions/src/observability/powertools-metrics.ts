/**
 * The Metrics port on Lambda: Powertools Metrics writes CloudWatch's Embedded Metric
 * Format to stdout, so a count costs no API call; CloudWatch Logs turns the line into
 * a metric in the `Guichet` namespace with the dimensions `service` and `stage`.
 * The host calls `publish()` once per invocation.
 */
import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { Metrics as PowertoolsMetrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Metrics } from './metrics';

export const METRICS_NAMESPACE = 'Guichet';

export type PublishedMetrics = { metrics: Metrics; publish: () => void };

export function createPowertoolsMetrics(options: { stage: string; serviceName: string; logger?: PowertoolsLogger }): PublishedMetrics {
  const powertools = new PowertoolsMetrics({
    namespace: METRICS_NAMESPACE,
    serviceName: options.serviceName,
    defaultDimensions: { stage: options.stage },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    metrics: {
      count(name, value = 1, dimensions = {}) {
        const extra = Object.entries(dimensions);
        if (extra.length === 0) {
          powertools.addMetric(name, MetricUnit.Count, value);
          return;
        }
        // A metric with its own dimensions is its own EMF line, written at once.
        const single = powertools.singleMetric();
        for (const [key, dimension] of extra) single.addDimension(key, dimension);
        single.addMetric(name, MetricUnit.Count, value);
      },
    },
    publish() {
      // Powertools warns on every empty flush; most requests count nothing.
      if (powertools.hasStoredMetrics()) powertools.publishStoredMetrics();
    },
  };
}
