/**
 * Shared helpers for the security suite: problem+json checks, raw reads of the
 * stored application straight from the table, and a world with a signed-in
 * applicant who owns a filled draft with one verified document and one message.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

export const NOW = new Date('2026-11-28T10:00:00.000Z');

export type Req = ReturnType<typeof as>;

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: { fr: string; en: string } }[];
  currentVersion?: number;
};

/** Asserts an RFC 9457 problem: the media type, and a `status` member equal to the HTTP status. */
export async function expectProblem(res: Response, status?: number): Promise<Problem> {
  if (status !== undefined) expect(res.status, `HTTP status of ${res.url || 'the response'}`).toBe(status);
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(res.status);
  return body;
}

/** The application's root item exactly as stored (key attributes included). */
export async function storedApplication(t: TestContext, id: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await t.db.send(
    new GetCommand({ TableName: t.config.tableName, Key: { pk: `APP#${id}`, sk: 'APP' }, ConsistentRead: true }),
  );
  return Item;
}

/** Every item of the application's partition (application, documents, events, messages), sorted by sort key. */
export async function storedPartition(t: TestContext, id: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await t.db.send(
      new QueryCommand({
        TableName: t.config.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `APP#${id}` },
        ConsistentRead: true,
        ExclusiveStartKey: cursor,
      }),
    );
    items.push(...(page.Items ?? []));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items.sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
}

export type OwnerWorld = {
  t: TestContext;
  owner: { email: string; cookie: string; req: Req };
  applicationId: string;
  documentId: string;
  messageId: string;
};

/** A fresh table and bucket with the demo data, and an applicant owning a filled draft, a verified PDF and a message. */
export async function ownerWorld(email = 'lea@example.org'): Promise<OwnerWorld> {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  const cookie = await signIn(t, email);
  const req = as(t, cookie);
  const draft = await filledDraft(t, req);
  const { documentId, completed } = await uploadDocument(req, draft.id, {
    type: 'statuts',
    filename: 'statuts.pdf',
    contentType: 'application/pdf',
    bytes: samplePdf('Statuts'),
  });
  expect(completed.status).toBe(200);
  expect(((await completed.json()) as { status: string }).status).toBe('verified');
  const posted = await req(`/api/applications/${draft.id}/messages`, {
    method: 'POST',
    body: { body: 'Bonjour, une question sur le plan de financement.' },
  });
  expect(posted.status).toBe(201);
  const { id: messageId } = (await posted.json()) as { id: string };
  return { t, owner: { email, cookie, req }, applicationId: draft.id, documentId, messageId };
}

export { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL };
