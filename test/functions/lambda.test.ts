/**
 * The Lambda entry points, driven with real event shapes (API Gateway v2 HTTP API,
 * S3 ObjectCreated, EventBridge scheduled) against the emulators. lambda.ts reads
 * its config from the environment at import, as it does at a cold start. What the
 * functions write to stdout and stderr (Powertools log lines, EMF metrics) is
 * captured, as CloudWatch Logs would receive it; any AWS endpoint the SDK would
 * reach is a closed loopback port, and X-Ray is off (no POWERTOOLS_TRACE_ENABLED).
 */
import type { APIGatewayProxyStructuredResultV2, Context, S3Event, ScheduledEvent } from 'aws-lambda';
import type { LambdaEvent } from 'hono/aws-lambda';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../functions/src/config';
import { emptySections } from '../../functions/src/domain/application';
import { seedDemoData } from '../../functions/src/local/seed';
import { createDynamoClient, createS3Client } from '../../functions/src/store/clients';
import { createStorage } from '../../functions/src/wiring';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../support/applications';
import { createTestContext, provision, testEnv } from '../support/deps';
import { as, signIn } from '../support/session';
import { fakeExeAsPdf, samplePdf } from '../support/files';
import { programFixture } from '../support/programs';

const env = testEnv({ APP_MODE: 'aws', SITE_ORIGIN: 'https://guichet.example.org', LOG_LEVEL: 'info', STAGE: 'test' });
delete env.OTP_SECRET;
env.SESSION_SECRET_PARAMETER = '/guichet/otp-hmac-secret';
env.SES_CONFIGURATION_SET = 'guichet-test';
// Any SDK call without an explicit endpoint (SES, SSM) hits a closed loopback port, never AWS.
env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
const config = loadConfig(env);
let lambda: typeof import('../../functions/src/lambda');

const context = { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', functionName: 'api' } as Context;

function httpEvent(method: string, path: string, headers: Record<string, string> = {}): LambdaEvent {
  return {
    version: '2.0',
    routeKey: 'ANY /api/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    cookies: ['session=abc'],
    headers: { host: 'abc123.execute-api.eu-west-3.amazonaws.com', 'user-agent': 'vitest', accept: 'application/json', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authentication: null,
      authorizer: {},
      domainName: 'abc123.execute-api.eu-west-3.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: 'ANY /api/{proxy+}',
      stage: '$default',
      time: '28/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795860000000,
    },
    pathParameters: { proxy: path.replace(/^\/api\//, '') },
    body: null,
    isBase64Encoded: false,
  };
}

/** Everything the handlers wrote to stdout and stderr, chunk by chunk. */
const output: string[] = [];
/** The JSON lines written since `from` (an index into `output`). */
const jsonLinesSince = (from: number) =>
  output
    .slice(from)
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, any>);

beforeAll(async () => {
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  }
  await provision(config);
  const { store } = createStorage(config);
  const now = new Date();
  await store.programs.createIfAbsent(programFixture(now, { id: 'open-call' }));
  await store.programs.createIfAbsent(
    programFixture(now, { id: 'past-deadline', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-06-30T22:00:00.000Z' }),
  );
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  lambda = await import('../../functions/src/lambda');
});

afterAll(() => vi.restoreAllMocks());

describe('api handler', () => {
  it('serves GET /api/programs from an API Gateway v2 event', async () => {
    const res = (await lambda.api(httpEvent('GET', '/api/programs'), context)) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body ?? '{}') as { items: { id: string }[] };
    expect(body.items.map((p) => p.id)).toEqual(['open-call']);
    expect(res.headers?.['strict-transport-security']).toMatch(/max-age/);
    expect(res.headers?.['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('turns a cross-site POST into a 403 problem+json', async () => {
    const res = (await lambda.api(
      httpEvent('POST', '/api/programs', { origin: 'https://evil.example', 'content-type': 'application/json' }),
      context,
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(403);
    expect(res.headers?.['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('has no dev outbox in AWS mode', async () => {
    const res = (await lambda.api(httpEvent('GET', '/api/dev/outbox'), context)) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(404);
  });
});

/** GuardDuty's scan result, as the GuardDuty user guide shows it ("S3 object scan result"), for one key. */
function scanResultEvent(objectKey: string, scanResultStatus: string, threats: { name: string }[] | null = null) {
  return {
    version: '0',
    id: '72c7d362-737a-6dce-fc78-9e27a0171419',
    'detail-type': 'GuardDuty Malware Protection Object Scan Result' as const,
    source: 'aws.guardduty' as const,
    account: '111122223333',
    time: '2026-11-28T10:00:05Z',
    region: 'eu-west-3',
    resources: ['arn:aws:guardduty:eu-west-3:111122223333:malware-protection-plan/b4c7f464ab3a4EXAMPLE'],
    detail: {
      schemaVersion: '1.0',
      scanStatus: 'COMPLETED',
      resourceType: 'S3_OBJECT',
      s3ObjectDetails: {
        bucketName: config.documentsBucket,
        objectKey,
        eTag: 'ASIAI44QH8DHBEXAMPLE',
        versionId: 'd41d8cd98f00b204e9800998ecf8427e',
        s3Throttled: false,
      },
      scanResultDetails: { scanResultStatus, threats },
    },
  };
}

describe('documents handler', () => {
  const s3Event = (objectKeys: string[]): S3Event => ({
    Records: objectKeys.map((key) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-3',
      eventTime: '2026-11-28T10:00:00.000Z',
      eventName: 'ObjectCreated:Post',
      userIdentity: { principalId: 'AWS:AROAEXAMPLE' },
      requestParameters: { sourceIPAddress: '203.0.113.7' },
      responseElements: {
        'x-amz-request-id': 'C3D13FE58DE4C810',
        'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'documents',
        bucket: {
          name: config.documentsBucket,
          ownerIdentity: { principalId: 'A3NL1KOZZKExample' },
          arn: `arn:aws:s3:::${config.documentsBucket}`,
        },
        object: { key, size: 1024, eTag: 'd41d8cd98f00b204e9800998ecf8427e', sequencer: '0055AED6DCD90281E5' },
      },
    })),
  });

  it('verifies uploads by content, rejects and deletes impostors, and is idempotent on redelivery', async () => {
    const { store } = createStorage(config);
    const s3 = createS3Client(config);
    const at = new Date().toISOString();
    const application = {
      id: 'app_lambda',
      programId: 'open-call',
      ownerId: 'usr_x',
      status: 'draft' as const,
      version: 1,
      reference: null,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      ...emptySections(),
    };
    await store.applications.create(application, {
      id: 'evt_1',
      applicationId: application.id,
      type: 'created',
      at,
      actorId: 'usr_x',
      actorRole: 'applicant',
      from: null,
      to: 'draft',
      message: null,
      visibility: 'all',
    });
    const base = {
      applicationId: application.id,
      contentType: 'application/pdf',
      verifiedSize: null,
      status: 'pending' as const,
      rejection: null,
      sha256: null,
      scan: 'pending' as const,
      createdAt: at,
      updatedAt: at,
    };
    await store.applications.putDocument({
      ...base,
      id: 'doc_pdf',
      type: 'statuts',
      filename: 'statuts.pdf',
      declaredSize: samplePdf().length,
    });
    await store.applications.putDocument({ ...base, id: 'doc_exe', type: 'rib', filename: 'rib.pdf', declaredSize: fakeExeAsPdf().length });
    await s3.send(new PutObjectCommand({ Bucket: config.documentsBucket, Key: 'applications/app_lambda/doc_pdf', Body: samplePdf() }));
    await s3.send(new PutObjectCommand({ Bucket: config.documentsBucket, Key: 'applications/app_lambda/doc_exe', Body: fakeExeAsPdf() }));
    await s3.send(new PutObjectCommand({ Bucket: config.documentsBucket, Key: 'applications/app_lambda/doc_stray', Body: samplePdf() }));

    const event = s3Event([
      'applications/app_lambda/doc_pdf',
      'applications/app_lambda/doc_exe',
      'applications/app_lambda/doc_stray',
      'uploads/stray.pdf',
    ]);
    const expected = {
      outcomes: {
        'applications/app_lambda/doc_pdf': 'verified',
        'applications/app_lambda/doc_exe': 'rejected',
        'applications/app_lambda/doc_stray': 'unknown',
      },
      ignored: 1,
    };
    expect(await lambda.documents(event)).toEqual(expected);
    expect(await lambda.documents(event)).toEqual(expected);
    expect(await store.applications.getDocument('app_lambda', 'doc_exe')).toMatchObject({
      status: 'rejected',
      rejection: { fr: expect.stringMatching(/format accepté/) },
    });
    const exists = async (key: string) =>
      s3.send(new HeadObjectCommand({ Bucket: config.documentsBucket, Key: key })).then(
        () => true,
        () => false,
      );
    // Verified bytes move to their own key, which no upload form can write; the upload key is emptied.
    const pdf = await store.applications.getDocument('app_lambda', 'doc_pdf');
    expect(pdf).toMatchObject({ status: 'verified', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await exists(`verified/app_lambda/doc_pdf/${pdf?.sha256}`)).toBe(true);
    expect(await exists('applications/app_lambda/doc_pdf')).toBe(false);
    expect(await exists('applications/app_lambda/doc_exe')).toBe(false);
    expect(await exists('applications/app_lambda/doc_stray')).toBe(false);
  });

  it('records the verdict on the verified copy it names: clean is usable, infected is deleted, anything else is an error', async () => {
    const { store } = createStorage(config);
    const s3 = createS3Client(config);
    const at = new Date().toISOString();
    const application = {
      id: 'app_scan',
      programId: 'open-call',
      ownerId: 'usr_y',
      status: 'draft' as const,
      version: 1,
      reference: null,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      ...emptySections(),
    };
    await store.applications.create(application, {
      id: 'evt_s',
      applicationId: application.id,
      type: 'created',
      at,
      actorId: 'usr_y',
      actorRole: 'applicant',
      from: null,
      to: 'draft',
      message: null,
      visibility: 'all',
    });
    const base = {
      applicationId: application.id,
      contentType: 'application/pdf',
      verifiedSize: null,
      status: 'pending' as const,
      rejection: null,
      sha256: null,
      scan: 'pending' as const,
      createdAt: at,
      updatedAt: at,
      declaredSize: samplePdf().length,
    };
    for (const [id, type] of [
      ['doc_clean', 'statuts'],
      ['doc_bad', 'rib'],
      ['doc_odd', 'budget_previsionnel'],
    ] as const) {
      await store.applications.putDocument({ ...base, id, type, filename: `${id}.pdf` });
      await s3.send(new PutObjectCommand({ Bucket: config.documentsBucket, Key: `applications/app_scan/${id}`, Body: samplePdf(id) }));
    }
    await lambda.documents(s3Event(['applications/app_scan/doc_clean', 'applications/app_scan/doc_bad', 'applications/app_scan/doc_odd']));
    const keyOf = async (id: string) => {
      const document = await store.applications.getDocument('app_scan', id);
      expect(document).toMatchObject({ status: 'verified', scan: 'pending' });
      return `verified/app_scan/${id}/${document?.sha256}`;
    };
    const [clean, bad, odd] = [await keyOf('doc_clean'), await keyOf('doc_bad'), await keyOf('doc_odd')];

    expect(await lambda.documents(scanResultEvent(clean, 'NO_THREATS_FOUND'))).toEqual({ outcomes: { [clean]: 'clean' }, ignored: 0 });
    expect(await lambda.documents(scanResultEvent(bad, 'THREATS_FOUND', [{ name: 'EICAR-Test-File (not a virus)' }]))).toEqual({
      outcomes: { [bad]: 'infected' },
      ignored: 0,
    });
    expect(await lambda.documents(scanResultEvent(odd, 'UNSUPPORTED'))).toEqual({ outcomes: { [odd]: 'error' }, ignored: 0 });
    // Redelivered, or about bytes the document no longer holds: nothing changes.
    expect(await lambda.documents(scanResultEvent(bad, 'NO_THREATS_FOUND'))).toEqual({ outcomes: { [bad]: 'ignored' }, ignored: 0 });
    expect(await lambda.documents(scanResultEvent(`verified/app_scan/doc_clean/${'0'.repeat(64)}`, 'THREATS_FOUND'))).toMatchObject({
      ignored: 0,
    });
    expect(await lambda.documents(scanResultEvent('applications/app_scan/doc_clean', 'THREATS_FOUND'))).toEqual({
      outcomes: {},
      ignored: 1,
    });

    expect(await store.applications.getDocument('app_scan', 'doc_clean')).toMatchObject({ scan: 'clean' });
    expect(await store.applications.getDocument('app_scan', 'doc_bad')).toMatchObject({ status: 'verified', scan: 'infected' });
    expect(await store.applications.getDocument('app_scan', 'doc_odd')).toMatchObject({ scan: 'error' });
    const exists = async (key: string) =>
      s3.send(new HeadObjectCommand({ Bucket: config.documentsBucket, Key: key })).then(
        () => true,
        () => false,
      );
    expect(await exists(clean)).toBe(true);
    expect(await exists(bad)).toBe(false);
  });
});

describe('scheduler handler', () => {
  it('closes published programmes whose deadline has passed, once', async () => {
    const event: ScheduledEvent = {
      version: '0',
      id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '123456789012',
      time: '2026-11-28T03:00:00Z',
      region: 'eu-west-3',
      resources: ['arn:aws:events:eu-west-3:123456789012:rule/daily'],
      detail: {},
    };
    // The Lambda wiring runs every daily job, the retention periods included (on an empty table, nothing to erase).
    const idle = { sent: 0, retryLater: 0, abandoned: 0 };
    const retention = { warned: 0, erased: { idleDrafts: 0, closed: 0, resumed: 0 }, more: false };
    // The hourly rule's event drains the mail queue only: the programme is still open after it.
    expect(await lambda.scheduler({ job: 'mail-queue' })).toEqual(idle);
    expect((await createStorage(config).store.programs.get('past-deadline'))?.status).toBe('published');
    // Nobody to remind: no draft near a deadline, no wallet item near its end.
    const reminders = { deadlineReminders: { programs: 0, reminded: 0 }, walletReminders: { considered: 0, reminded: 0 } };
    expect(await lambda.scheduler(event)).toEqual({ closedPrograms: ['past-deadline'], mails: idle, retention, ...reminders });
    expect(await lambda.scheduler(event)).toEqual({ closedPrograms: [], mails: idle, retention, ...reminders });
    const { Item } = await createDynamoClient(config).send(
      new GetCommand({ TableName: config.tableName, Key: { pk: 'PROGRAM#past-deadline', sk: 'PROGRAM' } }),
    );
    expect(Item).toMatchObject({ status: 'closed', gsi1pk: 'PROGRAMS#closed', version: 2 });
  });
});

describe('observability', () => {
  it('logs an API invocation with API Gateway’s request id and the Lambda context, so its access-log line can be found', async () => {
    const from = output.length;
    const res = (await lambda.api(httpEvent('GET', '/api/programs'), context)) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(200);
    const request = jsonLinesSince(from).find((l) => l.message === 'request');
    expect(request).toMatchObject({
      level: 'INFO',
      service: 'guichet',
      stage: 'test',
      function_name: 'api',
      function_request_id: context.awsRequestId,
      apiRequestId: 'JKJaXmPLvHcESHA=',
      // The app's own id (X-Request-Id) stays on the line too.
      requestId: res.headers?.['x-request-id'],
      path: '/api/programs',
      status: 200,
    });
    // Nothing was counted, so no EMF document was written.
    expect(jsonLinesSince(from).filter((l) => l._aws)).toEqual([]);
  });

  it('counts a submission, and the acknowledgement the relay refused, in the EMF the invocation writes', async () => {
    // The draft is prepared through the local app on the same table and bucket, then submitted through the Lambda.
    const now = new Date();
    const t = await createTestContext({
      now,
      env: { TABLE_NAME: config.tableName, DOCUMENTS_BUCKET: config.documentsBucket },
      table: false,
      bucket: false,
    });
    await seedDemoData(t.deps.store, now);
    const cookie = await signIn(t, 'lea.lambda@example.org');
    const req = as(t, cookie);
    const draft = await filledDraft(t, req);
    for (const type of REQUIRED_DOCUMENTS) {
      await uploadDocument(req, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf(type) });
    }
    const sessionId = cookie.split('=')[1]!;

    const from = output.length;
    const res = (await lambda.api(
      {
        ...httpEvent('POST', `/api/applications/${draft.id}/transitions`, {
          origin: 'https://guichet.example.org',
          'content-type': 'application/json',
        }),
        cookies: [`__Host-session=${sessionId}`],
        body: JSON.stringify({ event: 'submit' }),
      },
      { ...context, awsRequestId: 'submit-invocation' },
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode, res.body).toBe(200);

    const emf = jsonLinesSince(from).filter((l) => l._aws);
    expect(emf).toHaveLength(1);
    expect(emf[0]!._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Guichet',
      Dimensions: [expect.arrayContaining(['service', 'stage'])],
      Metrics: expect.arrayContaining([
        { Name: 'ApplicationsSubmitted', Unit: 'Count' },
        { Name: 'MailFailures', Unit: 'Count' },
      ]),
    });
    expect(emf[0]).toMatchObject({ stage: 'test', service: 'guichet', ApplicationsSubmitted: 1, MailFailures: 1 });
    // The refused acknowledgement is logged on the same request, and waits in the queue.
    expect(jsonLinesSince(from).find((l) => l.message === 'mail: not sent, queued for the scheduler')).toMatchObject({
      level: 'WARN',
      apiRequestId: 'JKJaXmPLvHcESHA=',
      function_request_id: 'submit-invocation',
    });
  });
});
