import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  HttpMethods,
  ObjectOwnership,
  type CfnBucket,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';

/** Every applicant upload lives under this prefix: `applications/{applicationId}/{documentId}`. */
export const UPLOAD_PREFIX = 'applications/';

/** The only object actions a Guichet function may be granted on uploads. */
export type DocumentAction = 's3:GetObject' | 's3:PutObject' | 's3:DeleteObject';

export interface DocumentsBucketProps {
  readonly accessLogsBucket: IBucket;
}

/**
 * Applicants' uploaded documents: private, SSE-S3, TLS 1.2+ only, versioned.
 *
 * The name is derived from stack, account and region rather than generated, because
 * the site's CSP (`connect-src`) must name this bucket's origin while this bucket's
 * CORS must name the site's origin: with two generated names CloudFormation would
 * see a cycle. Being fixed also means a re-created stack cannot silently start on an
 * empty bucket while the retained one still holds documents. It carries the stage
 * (through the stack name), so dev, staging and production share an account.
 *
 * Retained on update and delete but not when the create that made it rolls back: a
 * plain RETAIN would leave an empty bucket with this fixed name behind a failed first
 * deploy, and the retry would fail on "already exists".
 */
export class DocumentsBucket extends Bucket {
  /** The https origin browsers POST uploads to, as the SDK's presigned POST builds it. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    const stack = Stack.of(scope);
    const bucketName = `${stack.stackName.toLowerCase()}-documents-${stack.account}-${stack.region}`;
    super(scope, id, {
      bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          // Replaced and deleted documents stay recoverable for a month, then go.
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(30),
          expiredObjectDeleteMarker: true,
        },
      ],
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'documents/',
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    this.origin = `https://${bucketName}.s3.${stack.region}.${stack.urlSuffix}`;
  }

  /**
   * Lets the SPA at `siteOrigin` (and only it) upload with a presigned POST and fetch
   * with a presigned GET.
   */
  allowBrowserOrigin(siteOrigin: string): void {
    this.addCorsRule({
      allowedOrigins: [siteOrigin],
      allowedMethods: [HttpMethods.POST, HttpMethods.GET],
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    });
  }

  /**
   * Grants exactly the listed actions on uploads only. CDK's grantRead/grantPut/grantDelete
   * would add `s3:GetObject*`, `s3:List*`, `s3:Abort*` and `s3:DeleteObject*` (which
   * includes DeleteObjectVersion, i.e. erasing history) that no function needs.
   */
  grantUploads(grantee: IGrantable, ...actions: DocumentAction[]): Grant {
    const grant = Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.arnForObjects(`${UPLOAD_PREFIX}*`)],
    });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnBucket);
      Validations.of(principal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${UPLOAD_PREFIX}*]`,
        reason:
          'Object keys (applications/{applicationId}/{documentId}) are created at run time, so the grant is the upload prefix; the app checks per-object permission before it signs or deletes.',
      });
    }
    return grant;
  }

  /** Runs `verifier` on every new upload (asynchronously, so its on-failure destination applies). */
  notifyOnUpload(verifier: IFunction): void {
    this.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(verifier), {
      prefix: UPLOAD_PREFIX,
    });
    const handler = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (handler) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's own deploy-time handler that writes the bucket's notification configuration; its role and managed logging policy are not configurable.",
      });
    }
  }
}
