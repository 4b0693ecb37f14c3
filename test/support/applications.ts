/**
 * Builders for a complete, valid application to the seed fund (`amorcage-ess`
 * from the demo data), and the upload dance through the presigned POST.
 */
import { expect } from 'vitest';
import type { TestContext } from './deps';

import { VALID_SECTIONS } from './sections';

export { REQUIRED_DOCUMENTS, VALID_SECTIONS } from './sections';

type Req = (path: string, init?: { method?: string; body?: unknown }) => Response | Promise<Response>;

/** Declares a document, posts the bytes to the presigned form, and asks for verification. */
export async function uploadDocument(
  req: Req,
  applicationId: string,
  file: { type: string; filename: string; contentType: string; bytes: Uint8Array },
) {
  const declared = await req(`/api/applications/${applicationId}/documents`, {
    method: 'POST',
    body: { type: file.type, filename: file.filename, contentType: file.contentType, size: file.bytes.length },
  });
  expect(declared.status).toBe(201);
  const { document, upload } = (await declared.json()) as {
    document: { id: string };
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.filename);
  const posted = await fetch(upload.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  const completed = await req(`/api/applications/${applicationId}/documents/${document.id}/complete`, { method: 'POST' });
  return { documentId: document.id, completed };
}

/** Creates a draft on `programId` and fills every section; returns its id and version. */
export async function filledDraft(t: TestContext, req: Req, programId = 'amorcage-ess') {
  const created = await req('/api/applications', { method: 'POST', body: { programId } });
  expect(created.status).toBe(201);
  const { application } = (await created.json()) as { application: { id: string; version: number } };
  const saved = await req(`/api/applications/${application.id}`, {
    method: 'PATCH',
    body: { version: application.version, ...VALID_SECTIONS },
  });
  expect(saved.status).toBe(200);
  const body = (await saved.json()) as { application: { id: string; version: number } };
  void t;
  return body.application;
}
