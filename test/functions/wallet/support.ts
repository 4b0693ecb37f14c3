/** Shared helpers for the document-wallet suite: a signed-in applicant, wallet calls, and what the bucket and table hold. */
import { readFileSync } from 'node:fs';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { CLAMAV_TEST_DATABASE } from '../../../functions/src/local/clamav-scanner';
import { seedDemoData } from '../../../functions/src/local/seed';
import { uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { concat, latin1, samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, type Req } from '../security/support';

export { DEMO_MANAGER_EMAIL, NOW };

export type WalletItemView = {
  id: string;
  type: string;
  filename: string;
  size: number;
  sha256: string;
  validUntil: string | null;
  expired: boolean;
  expiresSoon: boolean;
  fromApplicationId: string;
};

export type DocumentView = { id: string; type: string; filename: string; status: string; scan: string; sha256: string | null };

/** The EICAR test string, rebuilt from the shipped signature so the repository holds no copy of it. */
const EICAR = Buffer.from(readFileSync(CLAMAV_TEST_DATABASE, 'utf8').trim().split(':')[3] ?? '', 'hex');

/** A well-formed PDF that carries the EICAR string in a comment. */
export function infectedPdf(): Uint8Array {
  const pdf = samplePdf('Statuts');
  return concat(pdf.subarray(0, 9), latin1('%'), EICAR, latin1('\n'), pdf.subarray(9));
}

export async function walletWorld() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return t;
}

export async function applicant(t: TestContext, email: string) {
  const req = as(t, await signIn(t, email));
  const me = (await (await req('/api/me')).json()) as { id: string };
  return { req, id: me.id, email };
}

/** A bare draft on `programId` (no section filled: documents need none). */
export async function draftOn(req: Req, programId: string): Promise<string> {
  const created = await req('/api/applications', { method: 'POST', body: { programId } });
  expect(created.status).toBe(201);
  return ((await created.json()) as { application: { id: string } }).application.id;
}

/** Uploads a PDF of `type` and returns the settled document. */
export async function uploaded(req: Req, applicationId: string, type: string, bytes: Uint8Array, filename = `${type}.pdf`) {
  const { completed } = await uploadDocument(req, applicationId, { type, filename, contentType: 'application/pdf', bytes });
  expect(completed.status).toBe(200);
  return (await completed.json()) as DocumentView;
}

export async function keep(req: Req, body: { applicationId: string; documentId: string; validUntil?: string | null }) {
  return req('/api/me/wallet', { method: 'POST', body });
}

export async function wallet(req: Req): Promise<WalletItemView[]> {
  const res = await req('/api/me/wallet');
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: WalletItemView[] }).items;
}

export async function reuse(req: Req, applicationId: string, walletId: string) {
  return req(`/api/applications/${applicationId}/documents/from-wallet`, { method: 'POST', body: { walletId } });
}

/** Object keys in the bucket under `prefix`. */
export async function objectsUnder(t: TestContext, prefix: string): Promise<string[]> {
  const page = await t.s3.send(new ListObjectsV2Command({ Bucket: t.config.documentsBucket, Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key ?? '');
}

/** The wallet items of an account exactly as the table holds them. */
export async function storedWalletItems(t: TestContext, userId: string): Promise<Record<string, unknown>[]> {
  const { Items } = await t.db.send(
    new QueryCommand({
      TableName: t.config.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wallet)',
      ExpressionAttributeValues: { ':pk': `USER#${userId}`, ':wallet': 'WALLET#' },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}
