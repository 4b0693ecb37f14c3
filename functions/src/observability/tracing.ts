/**
 * X-Ray on Lambda: when the stack turns tracing on (POWERTOOLS_TRACE_ENABLED=true, set
 * by infra/portal-stack.ts from the `tracing` setting), each SDK client is wrapped by
 * Powertools Tracer so every DynamoDB, S3 and SES call is a subsegment of the
 * invocation's trace. The tracer (and the X-Ray SDK under it) is loaded only then:
 * untraced functions, the local stack and the tests never evaluate it, and it never
 * runs outside AWS mode.
 */
import type { AppConfig } from '../config';

/** Wraps an SDK v3 client so its calls are traced; the same client comes back. */
export type CaptureClient = <T>(client: T) => T;

export async function loadClientCapture(
  config: Pick<AppConfig, 'mode' | 'tracing'>,
  serviceName: string,
): Promise<CaptureClient | undefined> {
  if (config.mode !== 'aws' || !config.tracing) return undefined;
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  const tracer = new Tracer({ serviceName });
  return (client) => tracer.captureAWSv3Client(client);
}
