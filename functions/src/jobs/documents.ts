/**
 * Reads S3 ObjectCreated notifications for uploaded application documents.
 * Keys are `applications/{applicationId}/{documentId}`; anything else is ignored
 * so a stray object can never be mistaken for a document.
 */
import type { S3Event } from 'aws-lambda';

export type UploadedObject = { bucket: string; key: string; size: number; applicationId: string; documentId: string };

const DOCUMENT_KEY = /^applications\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/;

export function parseUploadEvent(event: S3Event): { uploads: UploadedObject[]; ignored: string[] } {
  const uploads: UploadedObject[] = [];
  const ignored: string[] = [];
  for (const record of event.Records ?? []) {
    // S3 URL-encodes keys in notifications, with '+' for spaces.
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const match = DOCUMENT_KEY.exec(key);
    if (!record.eventName.startsWith('ObjectCreated:') || !match) {
      ignored.push(key);
      continue;
    }
    uploads.push({
      bucket: record.s3.bucket.name,
      key,
      size: record.s3.object.size,
      applicationId: match[1] as string,
      documentId: match[2] as string,
    });
  }
  return { uploads, ignored };
}
