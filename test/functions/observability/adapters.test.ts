/**
 * The Lambda-side observability adapters, on their own: what Powertools writes to
 * stdout (one JSON log line, one EMF document) is what CloudWatch Logs receives, so
 * the tests read stdout. No AWS call is made: EMF is a log line, X-Ray stays off.
 */
import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../functions/src/config';
import { sendEmailInput } from '../../../functions/src/mail/ses-mailer';
import { createMemoryMetrics } from '../../../functions/src/observability/metrics';
import { createPowertoolsLogger } from '../../../functions/src/observability/powertools-logger';
import { createPowertoolsMetrics } from '../../../functions/src/observability/powertools-metrics';
import { loadClientCapture } from '../../../functions/src/observability/tracing';
import { testEnv } from '../../support/deps';

const context = {
  functionName: 'Guichet-staging-Api1234',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-3:111122223333:function:Guichet-staging-Api1234',
  memoryLimitInMB: '512',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
} as Context;

/** What reached stdout and stderr (Powertools writes warnings and errors to stderr; Lambda sends both to the log group). */
let written: string[];
beforeEach(() => {
  written = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => vi.restoreAllMocks());

const jsonLines = () =>
  written
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, any>);

describe('Powertools logger adapter', () => {
  it('writes one JSON line per entry with the level, the message, the Lambda context and API Gateway’s request id', () => {
    const logger = createPowertoolsLogger({ level: 'info', serviceName: 'guichet', stage: 'staging' });
    logger.begin(context, 'JKJaXmPLvHcESHA=');
    logger.log.info('request', { requestId: 'hono-id', path: '/api/programs', status: 200 });
    logger.log.debug('not at info level');
    const lines = jsonLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'INFO',
      message: 'request',
      service: 'guichet',
      stage: 'staging',
      function_name: 'Guichet-staging-Api1234',
      function_request_id: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      apiRequestId: 'JKJaXmPLvHcESHA=',
      requestId: 'hono-id',
      path: '/api/programs',
      status: 200,
    });
    expect(typeof lines[0]!.cold_start).toBe('boolean');
  });

  it('forgets the request id when the invocation ends, and logs errors with their name and message', () => {
    const logger = createPowertoolsLogger({ level: 'debug', serviceName: 'guichet', stage: 'dev' });
    logger.begin(context, 'first-request=');
    logger.end();
    logger.begin({ ...context, awsRequestId: 'second' }, undefined);
    logger.log.error('documents: failed', { cause: new TypeError('boom') });
    const [line] = jsonLines();
    expect(line).toMatchObject({ level: 'ERROR', message: 'documents: failed', function_request_id: 'second' });
    expect(line).not.toHaveProperty('apiRequestId');
    expect(line!.cause).toMatchObject({ name: 'TypeError', message: 'boom' });
  });
});

describe('Powertools metrics adapter', () => {
  it('publishes the counts of an invocation as one EMF document in the Guichet namespace, by stage', () => {
    const { metrics, publish } = createPowertoolsMetrics({ stage: 'staging', serviceName: 'guichet' });
    metrics.count('ApplicationsSubmitted');
    metrics.count('ApplicationsSubmitted');
    metrics.count('UploadsRefused', 3);
    expect(jsonLines()).toHaveLength(0);
    publish();
    const lines = jsonLines();
    expect(lines).toHaveLength(1);
    const [emf] = lines;
    const directive = emf!._aws.CloudWatchMetrics[0];
    expect(directive.Namespace).toBe('Guichet');
    expect(directive.Dimensions).toEqual([expect.arrayContaining(['service', 'stage'])]);
    expect(directive.Metrics).toEqual(
      expect.arrayContaining([
        { Name: 'ApplicationsSubmitted', Unit: 'Count' },
        { Name: 'UploadsRefused', Unit: 'Count' },
      ]),
    );
    // Two counts of one: two values CloudWatch sums (EMF takes an array of values).
    expect(emf).toMatchObject({ stage: 'staging', service: 'guichet', ApplicationsSubmitted: [1, 1], UploadsRefused: 3 });
    // Published once: the next invocation starts from nothing, and an empty one writes nothing at all.
    publish();
    expect(jsonLines()).toHaveLength(1);
  });

  it('splits decisions by kind with their own dimension', () => {
    const { metrics } = createPowertoolsMetrics({ stage: 'production', serviceName: 'guichet' });
    metrics.count('Decisions', 1, { decision: 'approve' });
    const [emf] = jsonLines();
    expect(emf!._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Guichet',
      Dimensions: [expect.arrayContaining(['service', 'stage', 'decision'])],
      Metrics: [{ Name: 'Decisions', Unit: 'Count' }],
    });
    expect(emf).toMatchObject({ decision: 'approve', stage: 'production', Decisions: 1 });
  });
});

describe('in-memory metrics (local stack and tests)', () => {
  it('sums by name, and by dimensions when asked', () => {
    const metrics = createMemoryMetrics();
    metrics.count('Decisions', 1, { decision: 'approve' });
    metrics.count('Decisions', 1, { decision: 'reject' });
    metrics.count('Decisions', 2, { decision: 'approve' });
    metrics.count('MailFailures');
    expect(metrics.total('Decisions')).toBe(4);
    expect(metrics.total('Decisions', { decision: 'approve' })).toBe(3);
    expect(metrics.total('MailFailures')).toBe(1);
    expect(metrics.total('SignInFailures')).toBe(0);
  });
});

describe('SES input', () => {
  const mail = { to: 'lea@example.org', subject: 'Votre code', text: 'Code : 123456' };

  it('names the configuration set, so SES counts bounces and complaints for the alarms', () => {
    expect(sendEmailInput(mail, { from: 'no-reply@agglo.fr', configurationSet: 'guichet-staging' })).toEqual({
      FromEmailAddress: 'no-reply@agglo.fr',
      Destination: { ToAddresses: ['lea@example.org'] },
      Content: {
        Simple: {
          Subject: { Data: 'Votre code', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Code : 123456', Charset: 'UTF-8' } },
        },
      },
      ConfigurationSetName: 'guichet-staging',
    });
  });

  it('names none when the stack gave none', () => {
    expect(sendEmailInput(mail, { from: 'no-reply@agglo.fr', configurationSet: undefined })).not.toHaveProperty('ConfigurationSetName');
  });
});

describe('configuration and tracing', () => {
  it('reads the stage, the configuration set and tracing; tracing counts only in AWS mode', () => {
    const aws = loadConfig(
      testEnv({ APP_MODE: 'aws', STAGE: 'staging', SES_CONFIGURATION_SET: 'guichet-staging', POWERTOOLS_TRACE_ENABLED: 'true' }),
    );
    expect(aws).toMatchObject({ stage: 'staging', sesConfigurationSet: 'guichet-staging', tracing: true });
    expect(loadConfig(testEnv({ POWERTOOLS_TRACE_ENABLED: 'true' }))).toMatchObject({ mode: 'local', tracing: false });
    expect(loadConfig(testEnv())).toMatchObject({ stage: 'local', sesConfigurationSet: undefined, tracing: false });
    expect(() => loadConfig(testEnv({ STAGE: 'Prod uction' }))).toThrow(/STAGE/);
  });

  it('wraps no client unless AWS mode has tracing on', async () => {
    expect(await loadClientCapture({ mode: 'local', tracing: true }, 'guichet')).toBeUndefined();
    expect(await loadClientCapture({ mode: 'aws', tracing: false }, 'guichet')).toBeUndefined();
    const capture = await loadClientCapture({ mode: 'aws', tracing: true }, 'guichet');
    expect(capture).toBeTypeOf('function');
  });
});
