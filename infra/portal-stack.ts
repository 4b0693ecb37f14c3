import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { GSI_NAMES, GSI_PROJECTION, PARTITION_KEY, SORT_KEY, TTL_ATTRIBUTE, gsiKeys } from '../functions/src/store/table-schema';
import { AccessLogsBucket } from './constructs/access-logs-bucket';
import { DocumentsBucket } from './constructs/documents-bucket';
import { Monitoring } from './constructs/monitoring';
import { PortalFunction } from './constructs/portal-function';
import { Site } from './constructs/site';
import { builtFrontend } from './paths';
import { readSettings, stageOf, type PortalSettings } from './settings';

export interface PortalStackProps extends StackProps {
  /** Overrides the CDK context (see settings.ts). */
  readonly settings?: Partial<PortalSettings>;
  /** The built SPA to deploy; `null` deploys none. @default frontend/dist when it exists */
  readonly siteAssetsPath?: string | null;
  /** The CloudFront web ACL made by the edge stack (`-c waf=true`); `-c webAclArn` gives one too. */
  readonly webAclArn?: string;
}

/**
 * The header CloudFront adds to every API request, with a secret value. The HTTP API
 * keeps its execute-api endpoint because CloudFront reaches the API through that very
 * hostname: `disableExecuteApiEndpoint` would cut CloudFront off too, unless the API
 * had its own custom domain and regional certificate, which a first deploy does not
 * have. So the endpoint stays and the API is told how to recognise CloudFront: a
 * request without this header came straight to execute-api, and its
 * `cloudfront-viewer-address` (which the rate limits trust) is forged. Checking it is
 * the API middleware's job (ORIGIN_VERIFY_HEADER, ORIGIN_VERIFY_SECRET_ARN).
 */
export const ORIGIN_VERIFY_HEADER = 'x-guichet-origin-verify';

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
    const { settings: overrides, siteAssetsPath, webAclArn, ...stackProps } = props;
    const stage = stageOf(scope.node, overrides?.stage);
    super(scope, id, {
      description: `Guichet grant-application portal (${stage})`,
      // Production alone: dev and staging must stay easy to tear down and rebuild.
      terminationProtection: stage === 'production',
      ...stackProps,
    });
    const settings = readSettings(this.node, { ...overrides, stage });
    const namePrefix = `guichet-${stage}`;
    const production = stage === 'production';
    Tags.of(this).add('guichet:stage', stage);

    const logs = new AccessLogsBucket(this, 'AccessLogs');
    const table = this.createTable(production);
    const documents = new DocumentsBucket(this, 'Documents', { accessLogsBucket: logs });

    const httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${namePrefix}-api`,
      description: 'Guichet API, reached through CloudFront under /api',
      createDefaultStage: false,
      // Kept on purpose: CloudFront's origin is this endpoint (see ORIGIN_VERIFY_HEADER).
      disableExecuteApiEndpoint: false,
    });
    const apiAccessLogs = new LogGroup(this, 'HttpApiAccessLogs', {
      deletionProtectionEnabled: production,
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      // Sized in settings.ts (DEFAULT_API_THROTTLE) from deadline day's autosaves.
      throttle: { rateLimit: settings.apiThrottleRate, burstLimit: settings.apiThrottleBurst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(apiAccessLogs),
        format: API_ACCESS_LOG_FORMAT,
      },
    });

    // Generated name: a deleted secret keeps its name for its recovery window, so a
    // fixed name would make the retry of a rolled-back first deploy fail.
    const originVerify = new Secret(this, 'OriginVerify', {
      description: `Guichet ${stage}: the value CloudFront sends in ${ORIGIN_VERIFY_HEADER} to the API`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(originVerify).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront reads this value at deploy time (a dynamic reference), so an automatic rotation would leave CloudFront sending the old value; rotate by replacing the secret (a new construct id) in a deploy, which updates CloudFront and the API together.',
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
      webAclArn: webAclArn ?? settings.webAclArn,
      originVerify: { headerName: ORIGIN_VERIFY_HEADER, headerValue: originVerify.secretValue.unsafeUnwrap() },
    });
    documents.allowBrowserOrigin(site.origin);

    // Reputation metrics per configuration set: the mailer names it in every SendEmail
    // (SES_CONFIGURATION_SET), so bounces and complaints are counted here as well as in
    // the account-level figures the Monitoring alarms read.
    const mailConfiguration = new ConfigurationSet(this, 'MailConfiguration', {
      configurationSetName: namePrefix,
      reputationMetrics: true,
    });

    const environment = {
      APP_MODE: 'aws',
      // The `stage` dimension of the Guichet metrics and a key of every log line.
      STAGE: stage,
      SES_CONFIGURATION_SET: mailConfiguration.configurationSetName,
      // X-Ray capture of the SDK clients follows the functions' tracing setting.
      POWERTOOLS_TRACE_ENABLED: String(settings.tracing),
      DOCUMENTS_BUCKET: documents.bucketName,
      DOCUMENTS_BUCKET_ORIGIN: documents.origin,
      SITE_ORIGIN: site.origin,
      MAIL_FROM: settings.mailFrom,
      ADMIN_EMAILS: settings.adminEmails,
      SESSION_SECRET_PARAMETER: settings.sessionSecretParameterName,
      ...(settings.siteConfig ? { SITE_CONFIG: settings.siteConfig } : {}),
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
      logDeletionProtection: production,
      environment: {
        ...environment,
        ORIGIN_VERIFY_HEADER,
        ORIGIN_VERIFY_SECRET_ARN: originVerify.secretArn,
      },
    });
    originVerify.grantRead(api);
    api.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    // Presigned POST uploads and presigned GET downloads are signed with this role;
    // delete because an applicant may replace or delete a document while editable.
    documents.grantUploads(api, 's3:PutObject', 's3:GetObject', 's3:DeleteObject');
    // `complete` writes the verified copy; downloads are signed for it only.
    documents.grantVerified(api, 's3:PutObject', 's3:GetObject', 's3:DeleteObject');
    // The document wallet: kept copies, reused by CopyObject, deleted by their holder.
    documents.grantWallet(api, 's3:PutObject', 's3:GetObject', 's3:DeleteObject');
    // DELETE /api/me erases drafts with every stored version of their documents.
    documents.grantErasure(api);
    // Managers' CSV exports are written to the bucket and downloaded by a presigned link.
    documents.grantExports(api);
    this.grantSendMail(api, settings.sesIdentity, namePrefix);
    StringParameter.fromSecureStringParameterAttributes(this, 'OtpSecret', {
      parameterName: settings.sessionSecretParameterName,
    }).grantRead(api);

    const verifier = new PortalFunction(this, 'DocumentsFn', {
      handler: 'documents',
      description: 'Guichet upload verification (size, magic bytes, archive bounds) and antivirus verdicts',
      // Holds one upload (at most 50 MB) in memory while it is checked, hashed and copied.
      memorySize: 512,
      reservedConcurrentExecutions: settings.documentsReservedConcurrency,
      onFailure: new SqsDestination(failedInvocations),
      tracing: settings.tracing,
      logDeletionProtection: production,
      environment,
    });
    verifier.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    // HeadObject and GET of the upload, deleted once checked; the verified copy is written
    // here, and deleted when GuardDuty finds it infected.
    documents.grantUploads(verifier, 's3:GetObject', 's3:DeleteObject');
    documents.grantVerified(verifier, 's3:PutObject', 's3:DeleteObject');
    documents.notifyOnUpload(verifier);
    documents.protectWithGuardDuty(verifier);

    const scheduler = new PortalFunction(this, 'Scheduler', {
      handler: 'scheduler',
      description: 'Guichet daily jobs: close programmes, remind drafts, purge expired data',
      memorySize: 256,
      timeout: Duration.seconds(25),
      reservedConcurrentExecutions: settings.schedulerReservedConcurrency,
      onFailure: new SqsDestination(failedInvocations),
      tracing: settings.tracing,
      logDeletionProtection: production,
      environment,
    });
    scheduler.bindTable({ table, accessMode: 'RW', indexes: GSI_NAMES });
    // The retention job erases idle drafts and old closed files, documents included.
    documents.grantErasure(scheduler);
    this.grantSendMail(scheduler, settings.sesIdentity, namePrefix);
    new Rule(this, 'Daily', {
      ruleName: `${namePrefix}-daily`,
      description: 'Runs the Guichet scheduler every day at 03:00 UTC',
      schedule: Schedule.cron({ minute: '0', hour: '3' }),
      targets: [new LambdaFunction(scheduler)],
    });
    // Mail the relay refused at request time is tried again every hour, not only at the daily run.
    new Rule(this, 'MailRetry', {
      ruleName: `${namePrefix}-mail-retry`,
      description: 'Sends queued Guichet mail again every hour',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(scheduler, { event: RuleTargetInput.fromObject({ job: 'mail-queue' }) })],
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

    const monitoring = new Monitoring(this, 'Monitoring', {
      namePrefix,
      api: httpApi,
      apiAccessLogs,
      functions: [api, verifier, scheduler],
      failedInvocations,
      table,
      alarmEmail: settings.alarmEmail,
      monthlyBudgetUsd: settings.monthlyBudgetUsd,
    });
    if (!settings.alarmEmail) {
      Annotations.of(this).addWarningV2(
        'guichet:no-alarm-email',
        'No alarmEmail: alarms and budget notifications go to an SNS topic nobody reads. Pass -c alarmEmail=…',
      );
    }

    new CfnOutput(this, 'Stage', { value: stage });
    new CfnOutput(this, 'AlarmTopicArn', { value: monitoring.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: monitoring.dashboard.dashboardName });
    new CfnOutput(this, 'SesConfigurationSet', { value: mailConfiguration.configurationSetName });
    new CfnOutput(this, 'SiteUrl', { value: site.origin });
    new CfnOutput(this, 'ApiUrl', { value: `${site.origin}/api/` });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: documents.bucketName });
  }

  /** The single table, key for key the one the embedded local stack creates. */
  private createTable(deletionProtection: boolean): TableV2 {
    return new TableV2(this, 'Table', {
      partitionKey: { name: PARTITION_KEY, type: AttributeType.STRING },
      sortKey: { name: SORT_KEY, type: AttributeType.STRING },
      globalSecondaryIndexes: GSI_NAMES.map((name) => {
        const keys = gsiKeys(name);
        return {
          indexName: name,
          partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
          sortKey: { name: keys.sortKey, type: AttributeType.STRING },
          projectionType: GSI_PROJECTION[name] === 'ALL' ? ProjectionType.ALL : ProjectionType.KEYS_ONLY,
        };
      }),
      timeToLiveAttribute: TTL_ATTRIBUTE,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Production only: a protected table cannot be deleted by the rollback of a failed
      // first deploy either, and dev and staging must stay easy to rebuild.
      deletionProtection,
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
  }

  /**
   * SES sending only as the configured identity, never `identity/*`, and through the
   * stage's configuration set (SES authorises a send against both when one is named).
   */
  private grantSendMail(grantee: IGrantable, identity: string, configurationSet: string): void {
    Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resourceArns: [
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet }),
      ],
    });
  }
}
