import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import {
  GSI_NAMES,
  PARTITION_KEY,
  SORT_KEY,
  TTL_ATTRIBUTE,
  gsiKeys,
} from '../functions/src/store/table-schema';
import { AccessLogsBucket } from './constructs/access-logs-bucket';
import { DocumentsBucket } from './constructs/documents-bucket';
import { PortalFunction } from './constructs/portal-function';
import { Site } from './constructs/site';
import { builtFrontend } from './paths';
import { readSettings, type PortalSettings } from './settings';

export interface PortalStackProps extends StackProps {
  /** Overrides the CDK context (see settings.ts). */
  readonly settings?: Partial<PortalSettings>;
  /** The built SPA to deploy; `null` deploys none. @default frontend/dist when it exists */
  readonly siteAssetsPath?: string | null;
}

/** HTTP API stage limits: generous for a regional portal, low enough to cap a flood's cost. */
const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };

/**
 * One JSON line per request, with HTTP API (v2) variables only. Behind CloudFront,
 * `sourceIp` is the edge's address; the viewer's is in X-Forwarded-For.
 */
const API_ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    bytes: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integration.latency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The whole Guichet deployment: SPA and API behind one CloudFront origin, three
 * functions, one DynamoDB table, the documents bucket. Every permission is granted
 * here, explicitly, next to the resource it opens.
 */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps = {}) {
    const { settings: overrides, siteAssetsPath, ...stackProps } = props;
    super(scope, id, { description: 'Guichet grant-application portal', ...stackProps });
    const settings = readSettings(this.node, overrides);

    const logs = new AccessLogsBucket(this, 'AccessLogs');
    const table = this.createTable();
    const documents = new DocumentsBucket(this, 'Documents', { accessLogsBucket: logs });

    const httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Guichet API, reached through CloudFront under /api',
      createDefaultStage: false,
    });
    httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'HttpApiAccessLogs', {
            retention: RetentionDays.ONE_MONTH,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
        ),
        format: API_ACCESS_LOG_FORMAT,
      },
    });

    const site = new Site(this, 'Site', {
      api: httpApi,
      uploadOrigin: documents.origin,
      accessLogsBucket: logs,
      assetsPath: siteAssetsPath === undefined ? builtFrontend() : (siteAssetsPath ?? undefined),
      domain:
        settings.siteDomain && settings.siteCertificateArn
          ? { name: settings.siteDomain, certificateArn: settings.siteCertificateArn }
          : undefined,
    });
    documents.allowBrowserOrigin(site.origin);

    const environment = {
      APP_MODE: 'aws',
      DOCUMENTS_BUCKET: documents.bucketName,
      DOCUMENTS_BUCKET_ORIGIN: documents.origin,
      SITE_ORIGIN: site.origin,
      MAIL_FROM: settings.mailFrom,
      ADMIN_EMAILS: settings.adminEmails,
      SESSION_SECRET_PARAMETER: settings.sessionSecretParameterName,
    };
    const failedInvocations = new Queue(this, 'FailedInvocations', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(failedInvocations).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter destination of the documents and scheduler functions (Lambda on-failure); it has nowhere further to go.',
    });

    const api = new PortalFunction(this, 'Api', {
      handler: 'api',
      description: 'Guichet HTTP API (Hono)',
      timeout: Duration.seconds(15),
      reservedConcurrentExecutions: settings.apiReservedConcurrency,
      tracing: settings.tracing,
      environment,
    });
    api.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    // Presigned POST uploads and presigned GET downloads are signed with this role;
    // delete because an applicant may replace or delete a document while editable.
    documents.grantUploads(api, 's3:PutObject', 's3:GetObject', 's3:DeleteObject');
    this.grantSendMail(api, settings.sesIdentity);
    StringParameter.fromSecureStringParameterAttributes(this, 'OtpSecret', {
      parameterName: settings.sessionSecretParameterName,
    }).grantRead(api);

    const verifier = new PortalFunction(this, 'DocumentsFn', {
      handler: 'documents',
      description: 'Guichet upload verification (size and magic bytes)',
      memorySize: 256,
      reservedConcurrentExecutions: 5,
      onFailure: new SqsDestination(failedInvocations),
      tracing: settings.tracing,
      environment,
    });
    verifier.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    // HeadObject and a ranged GET of the first bytes; delete a rejected object.
    documents.grantUploads(verifier, 's3:GetObject', 's3:DeleteObject');
    documents.notifyOnUpload(verifier);

    const scheduler = new PortalFunction(this, 'Scheduler', {
      handler: 'scheduler',
      description: 'Guichet daily jobs: close programmes, remind drafts, purge expired data',
      memorySize: 256,
      timeout: Duration.seconds(25),
      reservedConcurrentExecutions: 1,
      onFailure: new SqsDestination(failedInvocations),
      tracing: settings.tracing,
      environment,
    });
    scheduler.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    this.grantSendMail(scheduler, settings.sesIdentity);
    new Rule(this, 'Daily', {
      description: 'Runs the Guichet scheduler every day at 03:00 UTC',
      schedule: Schedule.cron({ minute: '0', hour: '3' }),
      targets: [new LambdaFunction(scheduler)],
    });

    httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('ApiIntegration', api),
    });
    Validations.of(httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorization is done in the app: a session cookie checked on every route, deny by default, plus per-object permission checks; public routes (programmes, eligibility, sign-in) must stay reachable.',
    });

    new CfnOutput(this, 'SiteUrl', { value: site.origin });
    new CfnOutput(this, 'ApiUrl', { value: `${site.origin}/api/` });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: documents.bucketName });
  }

  /** The single table, key for key the one the embedded local stack creates. */
  private createTable(): TableV2 {
    return new TableV2(this, 'Table', {
      partitionKey: { name: PARTITION_KEY, type: AttributeType.STRING },
      sortKey: { name: SORT_KEY, type: AttributeType.STRING },
      globalSecondaryIndexes: GSI_NAMES.map((name) => {
        const keys = gsiKeys(name);
        return {
          indexName: name,
          partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
          sortKey: { name: keys.sortKey, type: AttributeType.STRING },
        };
      }),
      timeToLiveAttribute: TTL_ATTRIBUTE,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** SES sending only as the configured identity, never `identity/*`. */
  private grantSendMail(grantee: IGrantable, identity: string): void {
    Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resourceArns: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: identity })],
    });
  }
}
