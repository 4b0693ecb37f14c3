/**
 * One document upload, from the file picker to the verdict: checks the browser can
 * make before sending anything, then declare → upload straight to storage (with
 * progress) → ask the API to verify the bytes. The API functions are injectable so
 * the flow can be tested without a network.
 */
import type { ApplicationDocument } from '../../../../functions/src/domain/application';
import {
  contentTypeForFilename,
  FILE_KINDS,
  kindForContentType,
  type AllowedContentType,
} from '../../../../functions/src/domain/file-type';
import type { DocumentType } from '../../../../functions/src/domain/program';
import { completeUpload, declareUpload, uploadToStorage } from '../../lib/api';

/** Why the browser refuses a file before any upload; the server checks the content again anyway. */
export type PrecheckProblem = { reason: 'empty' } | { reason: 'too_large'; maxBytes: number } | { reason: 'type' };

/**
 * The MIME type to declare. Browsers often report '' (or a generic binary type) for
 * ODT, ODS or DOCX files; the extension then pre-fills it. The name proves nothing:
 * the server compares the declared type with the bytes after the upload.
 */
export function declaredContentType(file: { name: string; type: string }): AllowedContentType | null {
  const kind = kindForContentType(file.type);
  if (kind) return FILE_KINDS[kind].contentType;
  if (file.type === '' || file.type === 'application/octet-stream') return contentTypeForFilename(file.name);
  return null;
}

/** Checks size and type before sending: a 30 MB photo should fail in a second, not after a minute of mobile upload. */
export function precheckFile(file: { name: string; type: string; size: number }, maxBytes: number): PrecheckProblem | null {
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > maxBytes) return { reason: 'too_large', maxBytes };
  if (declaredContentType(file) === null) return { reason: 'type' };
  return null;
}

/** The three API calls of an upload, injectable so the flow can run without a network. */
export interface UploadApi {
  declareUpload: typeof declareUpload;
  uploadToStorage: typeof uploadToStorage;
  completeUpload: typeof completeUpload;
}

const defaultApi: UploadApi = { declareUpload, uploadToStorage, completeUpload };

/** The phases the applicant sees; `onPhase` reports each one. */
export type UploadPhase = { kind: 'uploading'; fraction: number } | { kind: 'verifying' };

/**
 * Sends one file and resolves with the settled document (verified, or rejected
 * with a reason). Rejects with the API's error when a step fails.
 */
export async function uploadDocument(input: {
  applicationId: string;
  type: DocumentType;
  file: File;
  contentType: AllowedContentType;
  onPhase: (phase: UploadPhase) => void;
  signal?: AbortSignal;
  api?: UploadApi;
}): Promise<ApplicationDocument> {
  const api = input.api ?? defaultApi;
  const ticket = await api.declareUpload(input.applicationId, {
    type: input.type,
    filename: input.file.name,
    contentType: input.contentType,
    size: input.file.size,
  });
  input.onPhase({ kind: 'uploading', fraction: 0 });
  await api.uploadToStorage(ticket, input.file, (fraction) => input.onPhase({ kind: 'uploading', fraction }), input.signal);
  input.onPhase({ kind: 'verifying' });
  return api.completeUpload(input.applicationId, ticket.document.id);
}
