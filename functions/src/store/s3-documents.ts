/**
 * S3 adapter for documents. Uploads never transit through the API: the browser
 * posts straight to S3 with a presigned POST pinned to one key, one content type
 * and a size range; the API then checks what actually landed (HeadObject, then
 * the bytes) and keeps a copy of exactly those bytes under a key no form can target. The presigners load lazily, off the cold path.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ByteReader } from '../domain/file-sniff';
import type { DocumentStorage } from './store-ports';

function isMissing(error: unknown): boolean {
  return (
    error instanceof NotFound ||
    (error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey')) ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
  );
}

/** S3's smallest part but the last: the most a streamed write holds in memory. */
const PART_BYTES = 5 * 1024 * 1024;

/** Emulators without object versioning (s3rver) answer these to ListObjectVersions. */
function versionsUnsupported(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return (
    (error instanceof Error && (error.name === 'NotImplemented' || error.name === 'MethodNotAllowed')) || status === 405 || status === 501
  );
}

export function createS3Documents(s3: S3Client, bucket: string): DocumentStorage {
  let versioning = true;

  /**
   * Up to 1,000 objects under `prefix` to delete, every version and delete marker of each
   * (the AWS bucket is versioned, so deleting the current version alone would keep the bytes).
   */
  async function listBatch(prefix: string): Promise<{ Key: string; VersionId?: string }[]> {
    if (versioning) {
      try {
        const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }));
        return [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
          .filter((v) => v.Key !== undefined)
          .map((v) => ({ Key: v.Key as string, ...(v.VersionId ? { VersionId: v.VersionId } : {}) }));
      } catch (error) {
        if (!versionsUnsupported(error)) throw error;
        versioning = false;
      }
    }
    // An unversioned store keeps one version per key: the current one is all there is.
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }));
    return (page.Contents ?? []).filter((o) => o.Key !== undefined).map((o) => ({ Key: o.Key as string }));
  }

  return {
    async ping() {
      await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    },

    async presignUpload({ key, contentType, maxBytes, expiresInSeconds }) {
      const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
      return createPresignedPost(s3, {
        Bucket: bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
          ['eq', '$key', key],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresInSeconds,
      });
    },

    async head(key) {
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, etag: head.ETag ?? null };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async getBytes(key, etag) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(etag ? { IfMatch: etag } : {}) }));
        return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      } catch (error) {
        // 412: replaced since the HeadObject; the caller reads it as "not there yet" and the applicant retries.
        if (isMissing(error) || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412) return null;
        throw error;
      }
    },

    async put(key, bytes, contentType) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
    },

    async putStream(key, chunks, contentType) {
      const encoder = new TextEncoder();
      let buffered: Uint8Array[] = [];
      let bufferedBytes = 0;
      let total = 0;
      let uploadId: string | undefined;
      const parts: { ETag: string | undefined; PartNumber: number }[] = [];
      const take = (): Uint8Array => {
        const part = new Uint8Array(bufferedBytes);
        let at = 0;
        for (const chunk of buffered) {
          part.set(chunk, at);
          at += chunk.length;
        }
        buffered = [];
        bufferedBytes = 0;
        return part;
      };
      const sendPart = async () => {
        uploadId ??= (await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }))).UploadId;
        const PartNumber = parts.length + 1;
        const { ETag } = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber, Body: take() }));
        parts.push({ ETag, PartNumber });
      };
      try {
        for await (const chunk of chunks) {
          const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
          buffered.push(bytes);
          bufferedBytes += bytes.length;
          total += bytes.length;
          if (bufferedBytes >= PART_BYTES) await sendPart();
        }
        if (!uploadId) {
          // Small enough for one request.
          await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: take(), ContentType: contentType }));
          return total;
        }
        if (bufferedBytes > 0) await sendPart();
        await s3.send(
          new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
        );
        return total;
      } catch (error) {
        if (uploadId)
          await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
        throw error;
      }
    },

    reader(key, size, etag): ByteReader {
      return {
        size,
        async read(start, length) {
          const object = await s3.send(
            new GetObjectCommand({
              Bucket: bucket,
              Key: key,
              Range: `bytes=${start}-${start + length - 1}`,
              ...(etag ? { IfMatch: etag } : {}),
            }),
          );
          const bytes = await object.Body?.transformToByteArray();
          if (!bytes || bytes.length !== length) throw new Error(`short read of ${key}: wanted ${length} bytes`);
          return bytes;
        },
      };
    },

    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async copy(fromKey, toKey) {
      // Keys are the API's own (`verified/…`, `wallet/…`): ids and hex only, nothing to encode.
      await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: toKey, CopySource: `${bucket}/${fromKey}` }));
    },

    async deletePrefix(prefix) {
      let deleted = 0;
      for (;;) {
        const batch = await listBatch(prefix);
        if (batch.length === 0) return deleted;
        const result = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }));
        if (result.Errors && result.Errors.length > 0) {
          throw new Error(`erasure: S3 refused to delete ${result.Errors.length} object(s) under ${prefix}: ${result.Errors[0]?.Code}`);
        }
        deleted += batch.length;
      }
    },

    async presignDownload({ key, contentDisposition, contentType, expiresInSeconds }) {
      const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
      return getSignedUrl(
        s3,
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          ResponseContentDisposition: contentDisposition,
          ResponseContentType: contentType,
        }),
        { expiresIn: expiresInSeconds },
      );
    },
  };
}
