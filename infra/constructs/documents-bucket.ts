import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Grant, PolicyStatement, Role, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
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
/**
 * Verified bytes are copied here (`verified/{applicationId}/{documentId}/{sha256}`) by
 * the functions; no upload form can target it, and staff are only served from it.
 * GuardDuty scans this prefix.
 */
export const VERIFIED_PREFIX = 'verified/';
/**
 * The document wallet: an applicant's kept organisation documents
 * (`wallet/{userId}/{walletId}/{sha256}`), copied by the API from verified bytes; no
 * upload form can target it, and it is erased with the account.
 */
export const WALLET_PREFIX = 'wallet/';
/** CSV exports the API writes for managers (`exports/{programId}/…`), deleted after a day. */
export const EXPORT_PREFIX = 'exports/';
/** The EventBridge detail-type of GuardDuty's per-object verdict. */
export const SCAN_RESULT_DETAIL_TYPE = 'GuardDuty Malware Protection Object Scan Result';

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
        // An export is fetched at once through a 5-minute link; a day later it has no use.
        { id: 'expire-exports', prefix: EXPORT_PREFIX, expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
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

  /** Grants exactly the listed actions on verified copies only (the functions write them; staff download them). */
  grantVerified(grantee: IGrantable, ...actions: DocumentAction[]): Grant {
    const grant = Grant.addToPrincipal({ grantee, actions, resourceArns: [this.arnForObjects(`${VERIFIED_PREFIX}*`)] });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnBucket);
      Validations.of(principal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${VERIFIED_PREFIX}*]`,
        reason: 'Verified copies are keyed by application, document and SHA-256 at run time, so the grant is the verified prefix.',
      });
    }
    return grant;
  }

  /** Grants exactly the listed actions on wallet copies only (the API keeps, reuses and deletes them). */
  grantWallet(grantee: IGrantable, ...actions: DocumentAction[]): Grant {
    const grant = Grant.addToPrincipal({ grantee, actions, resourceArns: [this.arnForObjects(`${WALLET_PREFIX}*`)] });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnBucket);
      Validations.of(principal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${WALLET_PREFIX}*]`,
        reason: 'Wallet copies are keyed by account, item and SHA-256 at run time, so the grant is the wallet prefix.',
      });
    }
    return grant;
  }

  /** Writes CSV exports part by part (multipart upload) and signs their download: `exports/` only. */
  grantExports(grantee: IGrantable): Grant {
    const grant = Grant.addToPrincipal({
      grantee,
      actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
      resourceArns: [this.arnForObjects(`${EXPORT_PREFIX}*`)],
    });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnBucket);
      Validations.of(principal).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${EXPORT_PREFIX}*]`,
        reason: 'Export keys carry the programme and the time of the export, known only at run time, so the grant is the prefix.',
      });
    }
    return grant;
  }

  /**
   * Erasure (an account closed, a retention period ended): list and delete every version
   * of an application's uploads and verified copies and of an account's wallet, and nothing
   * else. Listing is limited by `s3:prefix` to those three prefixes; DeleteObjectVersion is what makes the
   * erasure real on a versioned bucket.
   */
  grantErasure(grantee: IGrantable): void {
    const prefixes = [UPLOAD_PREFIX, VERIFIED_PREFIX, WALLET_PREFIX];
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket', 's3:ListBucketVersions'],
      resourceArns: [this.bucketArn],
      conditions: { StringLike: { 's3:prefix': prefixes.map((p) => `${p}*`) } },
    });
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
      resourceArns: prefixes.map((p) => this.arnForObjects(`${p}*`)),
    });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnBucket);
      for (const prefix of prefixes) {
        Validations.of(principal).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
          reason:
            'Erasure deletes every version of an application’s or an account’s objects, keyed by ids known only at run time, so the grant is the prefix.',
        });
      }
    }
  }

  /**
   * GuardDuty Malware Protection for S3 on the verified copies, and its verdicts sent
   * to `resultHandler` (the documents function) by an EventBridge rule. The role is the
   * one AWS documents for a plan ("Create or update IAM role policy"), scoped to this
   * bucket and prefix; SSE-S3 needs no KMS statement.
   */
  protectWithGuardDuty(resultHandler: IFunction): { plan: CfnMalwareProtectionPlan; role: Role; rule: Rule } {
    const stack = Stack.of(this);
    const role = new Role(this, 'MalwareProtectionRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
      description: 'GuardDuty Malware Protection for S3: scans and tags the verified documents',
    });
    const managedRule = stack.formatArn({
      service: 'events',
      resource: 'rule',
      resourceName: 'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*',
    });
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowManagedRuleToSendS3EventsToGuardDuty',
        actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'],
        resources: [managedRule],
        conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowGuardDutyToMonitorEventBridgeManagedRule',
        actions: ['events:DescribeRule', 'events:ListTargetsByRule'],
        resources: [managedRule],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowPostScanTag',
        actions: ['s3:PutObjectTagging', 's3:GetObjectTagging', 's3:PutObjectVersionTagging', 's3:GetObjectVersionTagging'],
        resources: [this.arnForObjects(`${VERIFIED_PREFIX}*`)],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowEnableS3EventBridgeEvents',
        actions: ['s3:PutBucketNotification', 's3:GetBucketNotification'],
        resources: [this.bucketArn],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowPutValidationObject',
        actions: ['s3:PutObject'],
        resources: [this.arnForObjects('malware-protection-resource-validation-object')],
      }),
    );
    role.addToPolicy(new PolicyStatement({ sid: 'AllowCheckBucketOwnership', actions: ['s3:ListBucket'], resources: [this.bucketArn] }));
    role.addToPolicy(
      new PolicyStatement({
        sid: 'AllowMalwareScan',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.arnForObjects(`${VERIFIED_PREFIX}*`)],
      }),
    );
    const plan = new CfnMalwareProtectionPlan(this, 'MalwareProtection', {
      role: role.roleArn,
      protectedResource: { s3Bucket: { bucketName: this.bucketName, objectPrefixes: [VERIFIED_PREFIX] } },
      actions: { tagging: { status: 'ENABLED' } },
    });
    // GuardDuty checks the role when the plan is created: the policy must exist first.
    plan.node.addDependency(role);
    const bucketId = stack.getLogicalId(this.node.defaultChild as CfnBucket);
    const ruleFinding = Token.isUnresolved(managedRule)
      ? 'arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*'
      : managedRule;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${ruleFinding}]`,
      reason:
        "GuardDuty names its managed EventBridge rule itself under this documented prefix; the statements are AWS's documented policy for a Malware Protection plan.",
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${VERIFIED_PREFIX}*]`,
      reason: 'GuardDuty reads and tags every verified copy, whose keys are created at run time.',
    });
    const rule = new Rule(this, 'ScanResults', {
      description: "Sends GuardDuty's malware verdicts on verified documents to the documents function",
      eventPattern: {
        source: ['aws.guardduty'],
        detailType: [SCAN_RESULT_DETAIL_TYPE],
        detail: { s3ObjectDetails: { bucketName: [this.bucketName], objectKey: [{ prefix: VERIFIED_PREFIX }] } },
      },
      targets: [new LambdaFunction(resultHandler)],
    });
    return { plan, role, rule };
  }

  /** Runs `verifier` on every new upload (asynchronously, so its on-failure destination applies). */
  notifyOnUpload(verifier: IFunction): void {
    this.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(verifier), {
      prefix: UPLOAD_PREFIX,
    });
    const handler = Stack.of(this).node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
    if (handler) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's own deploy-time handler that writes the bucket's notification configuration; its role and managed logging policy are not configurable.",
      });
    }
  }
}
