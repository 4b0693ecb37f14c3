/**
 * When AWS says "not now" (DynamoDB throttling, a timeout, an S3 500), the API
 * answers 503 with Retry-After, in both languages, and leaves the table exactly as
 * it was: never a 500, never half a write. The faults are injected on the app's own
 * SDK clients (test/support/faults.ts); everything else is the real stack.
 */
import { QueryCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../functions/src/local/seed';
import { keys } from '../../../functions/src/store/keys';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { FAULTS, withFaults, type Faults } from '../../support/faults';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
type Req = ReturnType<typeof as>;

async function setup(options: { step?: 'initialize' | 'finalizeRequest' } = {}): Promise<{ t: TestContext; req: Req; faults: Faults }> {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  const faults = withFaults(t, options);
  return { t, req: as(t, await signIn(t, 'lea@example.org')), faults };
}

async function readyToSubmit(t: TestContext, req: Req) {
  const draft = await filledDraft(t, req);
  for (const type of REQUIRED_DOCUMENTS) {
    const { completed } = await uploadDocument(req, draft.id, {
      type,
      filename: `${type}.pdf`,
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    expect(completed.status).toBe(200);
  }
  return draft;
}

/** Everything a submission could touch: the application's partition, the reference counter, the programme (envelope). */
async function snapshot(t: TestContext, applicationId: string) {
  const { Items } = await t.db.send(
    new QueryCommand({
      TableName: t.config.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.applicationPartition(applicationId) },
      ConsistentRead: true,
    }),
  );
  const get = async (key: { pk: string; sk: string }) =>
    (await t.db.send(new GetCommand({ TableName: t.config.tableName, Key: key, ConsistentRead: true }))).Item ?? null;
  return {
    partition: Items ?? [],
    sequence: await get(keys.referenceSequence('amorcage-ess', 2026)),
    program: await get(keys.program('amorcage-ess')),
  };
}

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { status: number; detail: string; detailI18n: { fr: string; en: string } };
  expect(body.status).toBe(503);
  expect(body.detailI18n.fr).toBe('Le service est momentanément surchargé, réessayez dans quelques secondes.');
  expect(body.detailI18n.en).toMatch(/try again in a few seconds/);
}

describe('DynamoDB throttling', () => {
  it.each([
    ['ProvisionedThroughputExceededException', FAULTS.provisionedThroughput],
    ['ThrottlingException', FAULTS.throttling],
    ['RequestLimitExceeded', FAULTS.requestLimit],
  ])('an autosave throttled with %s is a 503 with Retry-After, the draft unchanged; the next save goes through', async (_, error) => {
    const { t, req, faults } = await setup();
    const draft = await filledDraft(t, req);
    const before = await snapshot(t, draft.id);
    faults.dynamo('UpdateItemCommand', error);
    const save = () =>
      req(`/api/applications/${draft.id}`, { method: 'PATCH', body: { version: draft.version, project: { title: 'Atelier vélo' } } });
    await expectUnavailable(await save());
    expect(faults.pending()).toBe(0);
    expect(await snapshot(t, draft.id)).toEqual(before);

    const retried = await save();
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { application: { version: number; project: { title: string } } }).application).toMatchObject({
      version: draft.version + 1,
      project: { title: 'Atelier vélo' },
    });
  });

  it('a submit throttled on its transaction is a 503: no status change, no reference taken, no event, no mail; the retry submits', async () => {
    const { t, req, faults } = await setup();
    const draft = await readyToSubmit(t, req);
    const before = await snapshot(t, draft.id);
    const mailsBefore = t.deps.outbox?.list().length;
    faults.dynamo('TransactWriteItemsCommand', FAULTS.provisionedThroughput);
    const submit = () => req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    await expectUnavailable(await submit());
    expect(await snapshot(t, draft.id)).toEqual(before);
    expect(t.deps.outbox?.list().length).toBe(mailsBefore);

    const retried = await submit();
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { application: { status: string; reference: string } }).application).toMatchObject({
      status: 'submitted',
      reference: 'ESS-2026-000001',
    });
  });

  it('a transaction DynamoDB cancels because an item was throttled is a 503 too, and nothing is written', async () => {
    const { t, req, faults } = await setup();
    const draft = await readyToSubmit(t, req);
    const before = await snapshot(t, draft.id);
    faults.dynamo('TransactWriteItemsCommand', () =>
      Object.assign(
        new Error('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ThrottlingError, None]'),
        {
          name: 'TransactionCanceledException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }, { Code: 'None' }],
        },
      ),
    );
    await expectUnavailable(await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } }));
    expect(await snapshot(t, draft.id)).toEqual(before);
  });
});

describe('a crowd on the reference counter', () => {
  it('a submit that loses the yearly counter on every try is a 503 with Retry-After, never a 500, and writes nothing; the retry submits', async () => {
    const { t, req, faults } = await setup();
    const draft = await readyToSubmit(t, req);
    const before = await snapshot(t, draft.id);
    // What DynamoDB answers when another submission took the number first: the counter's condition failed.
    const lost = () =>
      new TransactionCanceledException({
        message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, ConditionalCheckFailed]',
        $metadata: { httpStatusCode: 400 },
        CancellationReasons: [{ Code: 'None' }, { Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
      });
    faults.dynamo('TransactWriteItemsCommand', lost, 20);
    const submit = () => req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    const res = await submit();
    await expectUnavailable(res);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(faults.pending()).toBe(0);
    expect(await snapshot(t, draft.id)).toEqual(before);

    const retried = await submit();
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { application: { reference: string } }).application.reference).toBe('ESS-2026-000001');
  });
});

describe('timeouts', () => {
  it.each([
    ['TimeoutError', FAULTS.timeout],
    ['AbortError', FAULTS.abort],
  ])('a GET whose read times out (%s) is a 503, and the next GET answers', async (_, error) => {
    const { t, req, faults } = await setup();
    const draft = await filledDraft(t, req);
    faults.dynamo('*', error);
    await expectUnavailable(await req(`/api/applications/${draft.id}`));
    const again = await req(`/api/applications/${draft.id}`);
    expect(again.status).toBe(200);
  });
});

describe('S3 500s', () => {
  it('a document `complete` while S3 answers 500 is a 503: the document stays pending, the bytes stay; the retry verifies', async () => {
    const { t, req, faults } = await setup();
    const draft = await filledDraft(t, req);
    faults.s3('HeadObjectCommand', FAULTS.s3InternalError);
    const { documentId, completed } = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    await expectUnavailable(completed);
    const item = await t.db.send(
      new GetCommand({ TableName: t.config.tableName, Key: keys.document(draft.id, documentId), ConsistentRead: true }),
    );
    expect(item.Item).toMatchObject({ status: 'pending' });
    const head = await t.s3.send(
      new HeadObjectCommand({ Bucket: t.config.documentsBucket, Key: `applications/${draft.id}/${documentId}` }),
    );
    expect(head.ContentLength).toBe(samplePdf().length);

    const retried = await req(`/api/applications/${draft.id}/documents/${documentId}/complete`, { method: 'POST' });
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { status: string }).status).toBe('verified');
  });

  it('an S3 500 on a ranged read during verification is a 503 as well', async () => {
    const { req, t, faults } = await setup();
    const draft = await filledDraft(t, req);
    faults.s3('GetObjectCommand', FAULTS.s3InternalError);
    const { completed } = await uploadDocument(req, draft.id, {
      type: 'rib',
      filename: 'rib.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    await expectUnavailable(completed);
  });
});

describe('any single fault on any command of a route: 503 or success, never a 500', () => {
  type Route = { name: string; run: (t: TestContext, req: Req, draftId: string, version: number) => Response | Promise<Response> };
  const routes: Route[] = [
    { name: 'GET /api/applications', run: (_t, req) => req('/api/applications') },
    { name: 'GET /api/applications/:id', run: (_t, req, id) => req(`/api/applications/${id}`) },
    { name: 'GET /api/applications/:id/events', run: (_t, req, id) => req(`/api/applications/${id}/events`) },
    {
      name: 'PATCH /api/applications/:id',
      run: (_t, req, id, version) => req(`/api/applications/${id}`, { method: 'PATCH', body: { version, project: { title: 'Titre' } } }),
    },
    { name: 'POST /api/applications', run: (_t, req) => req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } }) },
    {
      name: 'POST /api/applications/:id/documents',
      run: (_t, req, id) =>
        req(`/api/applications/${id}/documents`, {
          method: 'POST',
          body: { type: 'rib', filename: 'rib.pdf', contentType: 'application/pdf', size: 1000 },
        }),
    },
    {
      name: 'POST /api/applications/:id/messages',
      run: (_t, req, id) => req(`/api/applications/${id}/messages`, { method: 'POST', body: { body: 'Bonjour' } }),
    },
  ];
  const errors = [
    ['throttling', FAULTS.provisionedThroughput],
    ['timeout', FAULTS.timeout],
  ] as const;

  it.each(routes)(
    '$name',
    async (route) => {
      const { t, req, faults } = await setup();
      const draft = await filledDraft(t, req);
      // A clean run names the commands the route sends; then each one in turn fails once.
      faults.clear();
      const clean = await route.run(t, req, draft.id, draft.version);
      expect(clean.status).toBeLessThan(300);
      const commands = [...new Set(faults.sent.dynamo)];
      expect(commands.length).toBeGreaterThan(0);
      const fresh = await filledDraft(t, req);
      for (const command of commands) {
        for (const [label, error] of errors) {
          faults.clear();
          faults.dynamo(command, error);
          const res = await route.run(t, req, fresh.id, fresh.version);
          const status = res.status;
          expect([200, 201, 503], `${route.name}, ${label} on ${command}`).toContain(status);
          if (status === 503) expect(res.headers.get('retry-after')).not.toBeNull();
          if (status < 300) {
            // It went through (a fault the route retried or did not need): move the fixture on.
            const current = (await (await req(`/api/applications/${fresh.id}`)).json()) as { application: { version: number } };
            fresh.version = current.application.version;
          }
        }
      }
    },
    120_000,
  );

  it('one transient throttle below the SDK retries is absorbed: the user never sees it', async () => {
    const { t, req, faults } = await setup({ step: 'finalizeRequest' });
    const draft = await filledDraft(t, req);
    faults.dynamo('UpdateItemCommand', FAULTS.provisionedThroughput);
    const res = await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: draft.version, project: { title: 'Réessayé' } },
    });
    expect(res.status).toBe(200);
    expect(faults.pending()).toBe(0);
  });
});
