import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** Access logs hold viewer IPs (personal data): kept six months, then deleted. */
const LOG_RETENTION = Duration.days(180);

/**
 * The one destination for S3 server access logs (documents and site buckets) and
 * CloudFront standard logs, each under its own prefix.
 */
export class AccessLogsBucket extends Bucket {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 log delivery accepts only SSE-S3 on its target bucket.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // CloudFront standard logging writes through ACLs, so ACLs stay enabled;
      // "preferred" still makes the bucket owner own every log object.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: LOG_RETENTION }],
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log destination itself; logging it into itself would loop, and a further log bucket would only move the finding.',
    });
  }
}
