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

/** The EventBridge event GuardDuty Malware Protection for S3 publishes once it has scanned an object. */
export type MalwareScanResultEvent = {
  'detail-type': 'GuardDuty Malware Protection Object Scan Result';
  source: 'aws.guardduty';
  detail: {
    scanStatus: string;
    resourceType: string;
    s3ObjectDetails: { bucketName: string; objectKey: string; eTag?: string; versionId?: string; s3Throttled?: boolean };
    scanResultDetails: { scanResultStatus: string; threats?: { name: string }[] | null };
  };
};

export type ScanResult = {
  key: string;
  target: { applicationId: string; documentId: string; sha256: string } | null;
  scan: 'clean' | 'infected' | 'error';
};

const VERIFIED_KEY = /^verified\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})\/([0-9a-f]{64})$/;

export function isMalwareScanResult(event: unknown): event is MalwareScanResultEvent {
  const e = event as Partial<MalwareScanResultEvent> | null;
  return e?.source === 'aws.guardduty' && e['detail-type'] === 'GuardDuty Malware Protection Object Scan Result';
}

/**
 * Reads GuardDuty's verdict: NO_THREATS_FOUND is clean, THREATS_FOUND infected, and
 * anything else (UNSUPPORTED, ACCESS_DENIED, FAILED, a scan not COMPLETED) an error the
 * applicant is asked to resolve by sending the file again. Only keys under `verified/`
 * name a document; any other object gets `target: null`.
 */
export function parseScanResult(event: MalwareScanResultEvent): ScanResult {
  const key = decodeURIComponent(event.detail.s3ObjectDetails.objectKey.replace(/\+/g, ' '));
  const match = VERIFIED_KEY.exec(key);
  const status = event.detail.scanStatus === 'COMPLETED' ? event.detail.scanResultDetails?.scanResultStatus : undefined;
  return {
    key,
    target: match ? { applicationId: match[1] as string, documentId: match[2] as string, sha256: match[3] as string } : null,
    scan: status === 'NO_THREATS_FOUND' ? 'clean' : status === 'THREATS_FOUND' ? 'infected' : 'error',
  };
}
