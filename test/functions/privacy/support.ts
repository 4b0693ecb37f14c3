/** Raw reads for the personal-data suite: what is left in the bucket and the table after an erasure. */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import type { TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import type { Req } from '../security/support';

/** Keys of every object stored for the application, uploads and verified copies alike. */
export async function storedObjects(t: TestContext, applicationId: string): Promise<string[]> {
  const keys: string[] = [];
  for (const prefix of [`applications/${applicationId}/`, `verified/${applicationId}/`]) {
    const page = await t.s3.send(new ListObjectsV2Command({ Bucket: t.config.documentsBucket, Prefix: prefix }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key ?? ''));
  }
  return keys;
}

export async function storedItem(t: TestContext, pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await t.db.send(new GetCommand({ TableName: t.config.tableName, Key: { pk, sk }, ConsistentRead: true }));
  return Item;
}

/** A filled draft with every required document, submitted; returns its id. */
export async function submittedApplication(t: TestContext, req: Req): Promise<string> {
  const draft = await filledDraft(t, req);
  for (const type of REQUIRED_DOCUMENTS) {
    await uploadDocument(req, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf(type) });
  }
  const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
  if (res.status !== 200) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
  return draft.id;
}
