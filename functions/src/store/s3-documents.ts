/** S3 adapter for document storage. Uploads and downloads arrive with the applicant journey. */
import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentStorage } from './ports';

export function createS3Documents(s3: S3Client, bucket: string): DocumentStorage {
  return {
    async ping() {
      await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    },
  };
}
