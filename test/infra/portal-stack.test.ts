import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, type App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GSI_NAMES, gsiKeys } from '../../functions/src/store/table-schema';
import { PortalFunction } from '../../infra/constructs/portal-function';
import type { PortalStack } from '../../infra/portal-stack';
import { actionsOf, buildPortal, ENV, removeAssemblies, resourcesOf, statementsOf, templateOf } from './portal-app';

const HANDLERS = ['api', 'documents', 'scheduler'] as const;
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const DOCUMENTS_BUCKET_NAME = `guichet-dev-documents-${ENV.account}-${ENV.region}`;

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };

let app: App;
let stack: PortalStack;
let template: Template;

beforeAll(() => {
  // The full synth, CloudFormation schema validation included, as `npm run synth` does it.
  ({ app, stack } = buildPortal({ cfnValidation: true }));
  template = Template.fromStack(stack);
}, 120_000);

afterAll(removeAssemblies);

function only(type: string, props: Record<string, unknown> = {}): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: props }));
  expect(found, `${type} matching ${JSON.stringify(props)}`).toHaveLength(1);
  return found[0] as [string, Resource];
}

const fnOf = (handler: (typeof HANDLERS)[number]) => only('AWS::Lambda::Function', { Handler: `index.${handler}` });
const documentsBucket = () => only('AWS::S3::Bucket', { BucketName: DOCUMENTS_BUCKET_NAME });
const uploadsArn = () => ({
  'Fn::Join': ['', [{ 'Fn::GetAtt': [documentsBucket()[0], 'Arn'] }, '/applications/*']],
});
const verifiedArn = () => ({
  'Fn::Join': ['', [{ 'Fn::GetAtt': [documentsBucket()[0], 'Arn'] }, '/verified/*']],
});

describe('cdk-nag (AwsSolutions)', () => {
  it('leaves no unacknowledged finding, warnings included, and no error annotation', () => {
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: { ruleName: string }[] }[];
    };
    const findings = report.pluginReports.flatMap((r) => r.violations.map((v) => `${r.pluginName}: ${v.ruleName}`));
    expect(findings).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('fails synth on a finding nobody acknowledged', () => {
    const probe = buildPortal();
    new Queue(probe.stack, 'Careless', { encryption: QueueEncryption.UNENCRYPTED });
    expect(() => probe.app.synth()).toThrow(/AwsSolutions-SQS/);
  });
});

describe('resource inventory', () => {
  const counts = (t: Template) => {
    const tally: Record<string, number> = {};
    for (const r of Object.values(t.toJSON().Resources as Record<string, Resource>)) {
      tally[r.Type] = (tally[r.Type] ?? 0) + 1;
    }
    return tally;
  };
  const withoutSite = {
    'AWS::ApiGatewayV2::Api': 1,
    'AWS::ApiGatewayV2::Integration': 1,
    'AWS::ApiGatewayV2::Route': 1,
    'AWS::ApiGatewayV2::Stage': 1,
    // SPA HTML and hashed assets: a cache policy and a headers policy each
    'AWS::CloudFront::CachePolicy': 2,
    'AWS::CloudFront::Distribution': 1,
    'AWS::CloudFront::Function': 1,
    'AWS::CloudFront::OriginAccessControl': 1,
    // /api/*: the viewer's values but Host, and CloudFront's viewer address
    'AWS::CloudFront::OriginRequestPolicy': 1,
    'AWS::CloudFront::ResponseHeadersPolicy': 2,
    // api: 5xx and 429 rates; per function: errors, throttles, p99 duration (9);
    // failed-invocations queue; table throttles and system errors; SES bounces and complaints
    'AWS::CloudWatch::Alarm': 16,
    'AWS::CloudWatch::Dashboard': 1,
    'AWS::Budgets::Budget': 1,
    'AWS::DynamoDB::GlobalTable': 1,
    // daily scheduler; hourly mail retry; GuardDuty's scan results to documents
    'AWS::Events::Rule': 3,
    // malware protection on the verified documents
    'AWS::GuardDuty::MalwareProtectionPlan': 1,
    // api, documents, scheduler + CDK's S3-notification handler + GuardDuty's plan role
    'AWS::IAM::Policy': 5,
    'AWS::IAM::Role': 5,
    'AWS::Lambda::EventInvokeConfig': 2,
    'AWS::Lambda::Function': 4,
    'AWS::Lambda::Permission': 5,
    // three functions + HTTP API access logs
    'AWS::Logs::LogGroup': 4,
    // counts the API's 429s from its access log
    'AWS::Logs::MetricFilter': 1,
    // the origin-verify value CloudFront sends the API
    'AWS::SecretsManager::Secret': 1,
    'AWS::SES::ConfigurationSet': 1,
    'AWS::SNS::Topic': 1,
    'AWS::SNS::TopicPolicy': 1,
    // documents, site, access logs
    'AWS::S3::Bucket': 3,
    'AWS::S3::BucketPolicy': 3,
    'AWS::SQS::Queue': 1,
    'AWS::SQS::QueuePolicy': 1,
    'Custom::S3BucketNotifications': 1,
  };

  it('has exactly these resources when the SPA is built', () => {
    expect(counts(template)).toEqual({
      ...withoutSite,
      // + BucketDeployment's handler, its role and policy; an AWS CLI layer and a
      // deployment each for the hashed assets and for the HTML
      'AWS::IAM::Policy': 6,
      'AWS::IAM::Role': 6,
      'AWS::Lambda::Function': 5,
      'AWS::Lambda::LayerVersion': 2,
      'Custom::CDKBucketDeployment': 2,
    });
  });

  it('deploys no site content (and synthesizes) before the SPA is built', () => {
    expect(counts(templateOf({ props: { siteAssetsPath: null } }))).toEqual(withoutSite);
  });
});

describe('DynamoDB table', () => {
  it('matches table-schema.ts: pk/sk, three all-projecting GSIs and the keys-only gsi4, every key a string', () => {
    const [, table] = only('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      GSI_NAMES.map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: gsiKeys(name).partitionKey, KeyType: 'HASH' },
          { AttributeName: gsiKeys(name).sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: name === 'gsi4' ? 'KEYS_ONLY' : 'ALL' },
      })),
    );
    expect(table.Properties.AttributeDefinitions).toHaveLength(10);
    for (const attribute of table.Properties.AttributeDefinitions) expect(attribute.AttributeType).toBe('S');
  });

  it('is retained (except by a failed create), encrypted, on-demand, with TTL on expiresAt and point-in-time recovery', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'RetainExceptOnCreate',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        Replicas: [
          Match.objectLike({
            Region: ENV.region,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            // dev: production alone protects it (stages.test.ts)
            DeletionProtectionEnabled: false,
          }),
        ],
      }),
    });
  });
});

describe('buckets', () => {
  it('every bucket blocks public access, is encrypted, retained (except by a failed create), and denies non-TLS requests', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const [id, bucket] of Object.entries(buckets) as [string, Resource][]) {
      expect(bucket.DeletionPolicy).toBe('RetainExceptOnCreate');
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('documents: versioned, lifecycle-managed, access-logged', () => {
    const [, bucket] = documentsBucket();
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
        // CSV exports are fetched at once by a 5-minute link, then have no use.
        expect.objectContaining({ Prefix: 'exports/', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
      ]),
    );
    expect(bucket.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: expect.stringMatching(/^AccessLogs/) },
      LogFilePrefix: 'documents/',
    });
  });

  it('documents: CORS lets only the site origin POST (uploads) and GET', () => {
    const [, bucket] = documentsBucket();
    const [, api] = fnOf('api');
    expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({
        AllowedMethods: ['POST', 'GET'],
        AllowedOrigins: [api.Properties.Environment.Variables.SITE_ORIGIN],
      }),
    ]);
    expect(JSON.stringify(api.Properties.Environment.Variables.SITE_ORIGIN)).toContain('DomainName');
  });
});

describe('functions', () => {
  it.each(HANDLERS)('%s: Node 22 on arm64, under 30 s, logging to its own retained-for-a-month group', (handler) => {
    const [, fn] = fnOf(handler);
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Timeout).toBeLessThan(30);
    const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref as string;
    template.hasResourceProperties('AWS::Logs::LogGroup', Match.objectLike({ RetentionInDays: 30 }));
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it.each(HANDLERS)('%s: gets the whole AWS configuration and never an emulator endpoint', (handler) => {
    const env = fnOf(handler)[1].Properties.Environment.Variables;
    expect(env).toMatchObject({
      APP_MODE: 'aws',
      TABLE_NAME: { Ref: only('AWS::DynamoDB::GlobalTable')[0] },
      DOCUMENTS_BUCKET: { Ref: documentsBucket()[0] },
      MAIL_FROM: 'no-reply@example.org',
      ADMIN_EMAILS: '',
      SESSION_SECRET_PARAMETER: '/guichet/dev/otp-hmac-secret',
      NODE_OPTIONS: '--enable-source-maps',
    });
    expect(env.DOCUMENTS_BUCKET_ORIGIN['Fn::Join'][1][0]).toBe(`https://${DOCUMENTS_BUCKET_NAME}.s3.${ENV.region}.`);
    expect(env).not.toHaveProperty('DYNAMODB_ENDPOINT');
    expect(env).not.toHaveProperty('S3_ENDPOINT');
  });

  it('reserves no concurrency by default: a new account (quota 10) could not deploy a reservation', () => {
    for (const handler of HANDLERS) expect(fnOf(handler)[1].Properties).not.toHaveProperty('ReservedConcurrentExecutions');
  });

  it('reserves concurrency per function when the context asks for it', () => {
    const t = templateOf({
      context: { apiReservedConcurrency: '50', documentsReservedConcurrency: '5', schedulerReservedConcurrency: '1' },
    });
    const reserved = (handler: string) =>
      Object.values(t.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${handler}` } }))[0]!.Properties
        .ReservedConcurrentExecutions;
    expect([reserved('api'), reserved('documents'), reserved('scheduler')]).toEqual([50, 5, 1]);
  });

  it.each([
    ['documentsReservedConcurrency', '0'],
    ['schedulerReservedConcurrency', 'one'],
  ])('refuses %s=%s', (key, value) => {
    expect(() => buildPortal({ context: { [key]: value } })).toThrow(new RegExp(`${key} must be a positive integer`));
  });

  it('documents runs on every ObjectCreated under applications/', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: documentsBucket()[0] },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'applications/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [fnOf('documents')[0], 'Arn'] },
          },
        ],
      },
    });
  });

  it.each(['documents', 'scheduler'] as const)(
    '%s: failed async invocations land in an encrypted, TLS-only queue after 2 retries',
    (handler) => {
      const [queueId] = only('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: fnOf(handler)[0] },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    },
  );

  it('refuses a timeout of 30 s or more (API Gateway gives up at 30 s)', () => {
    const probe = buildPortal();
    expect(() => new PortalFunction(probe.stack, 'TooSlow', { handler: 'api', description: 'x', timeout: Duration.seconds(30) })).toThrow(
      /under 30 s/,
    );
  });

  it('scheduler drains the mail queue every hour, with an event that asks for that job only', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [fnOf('scheduler')[0], 'Arn'] }, Input: JSON.stringify({ job: 'mail-queue' }) })],
    });
  });

  it('scheduler runs daily at 03:00 UTC', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 3 * * ? *)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [fnOf('scheduler')[0], 'Arn'] } })],
    });
  });
});

describe('least privilege', () => {
  const sesArn = `arn:aws:ses:${ENV.region}:${ENV.account}:identity/example.org`;

  it.each(HANDLERS)('%s: only exact actions (no wildcards), never a Scan, no managed policy', (handler) => {
    const actions = statementsOf(template, handler).flatMap(actionsOf);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions).not.toContain('dynamodb:Scan');
    const roleId = fnOf(handler)[1].Properties.Role['Fn::GetAtt'][0] as string;
    expect(template.toJSON().Resources[roleId].Properties).not.toHaveProperty('ManagedPolicyArns');
  });

  it.each(HANDLERS)('%s: DynamoDB on the table and Query on the named GSIs, never index/*', (handler) => {
    const resources = statementsOf(template, handler)
      .filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')))
      .flatMap(resourcesOf)
      .map((r) => JSON.stringify(r));
    expect(resources.filter((r) => r.includes('/index/*'))).toEqual([]);
    for (const name of GSI_NAMES) expect(resources.some((r) => r.includes(`/index/${name}"`))).toBe(true);
  });

  /** Each S3 statement of `handler`, as "action on prefix" lines. */
  const s3Grants = (handler: (typeof HANDLERS)[number]) =>
    statementsOf(template, handler)
      .filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')))
      .flatMap((s) => {
        const prefixes = resourcesOf(s).map((r) => {
          const json = JSON.stringify(r);
          if (json === JSON.stringify(uploadsArn())) return 'applications/';
          if (json === JSON.stringify(verifiedArn())) return 'verified/';
          if (json === JSON.stringify(verifiedArn()).replace('/verified/*', '/exports/*')) return 'exports/';
          if (json === JSON.stringify(verifiedArn()).replace('/verified/*', '/wallet/*')) return 'wallet/';
          return json === JSON.stringify({ 'Fn::GetAtt': [documentsBucket()[0], 'Arn'] }) ? 'bucket' : json;
        });
        const condition = s.Condition ? ` if ${JSON.stringify(s.Condition)}` : '';
        return actionsOf(s).flatMap((a) => prefixes.map((p) => `${a} ${p}${condition}`));
      })
      .sort();

  /** What erasing an application's documents and an account's wallet needs: list their versions under the three prefixes, and delete them. */
  const ERASURE = [
    's3:DeleteObject applications/',
    's3:DeleteObject verified/',
    's3:DeleteObject wallet/',
    's3:DeleteObjectVersion applications/',
    's3:DeleteObjectVersion verified/',
    's3:DeleteObjectVersion wallet/',
    's3:ListBucket bucket if {"StringLike":{"s3:prefix":["applications/*","verified/*","wallet/*"]}}',
    's3:ListBucketVersions bucket if {"StringLike":{"s3:prefix":["applications/*","verified/*","wallet/*"]}}',
  ];

  it("api: put/get/delete objects only under applications/ (uploads), verified/ (the copies it writes and signs downloads for) and wallet/ (kept copies), and erases an account's drafts and wallet", () => {
    // CDK merges the statements the two grants share.
    expect(s3Grants('api')).toEqual(
      [
        's3:DeleteObject applications/',
        's3:DeleteObject verified/',
        's3:GetObject applications/',
        's3:GetObject verified/',
        's3:PutObject applications/',
        's3:PutObject verified/',
        's3:DeleteObject wallet/',
        's3:GetObject wallet/',
        's3:PutObject wallet/',
        's3:AbortMultipartUpload exports/',
        's3:GetObject exports/',
        's3:PutObject exports/',
        ...ERASURE.filter((grant) => !grant.startsWith('s3:DeleteObject ')),
      ].sort(),
    );
  });

  it('documents: reads and deletes uploads, never writes them; writes and deletes verified copies, never reads them', () => {
    expect(s3Grants('documents')).toEqual([
      's3:DeleteObject applications/',
      's3:DeleteObject verified/',
      's3:GetObject applications/',
      's3:PutObject verified/',
    ]);
  });

  it('scheduler: erases past their retention period, and nothing more: never reads nor writes a document', () => {
    expect(s3Grants('scheduler')).toEqual([...ERASURE].sort());
  });

  it("api and scheduler send mail only as the configured SES identity, through the stage's configuration set; documents sends none", () => {
    const configurationSetArn = `arn:aws:ses:${ENV.region}:${ENV.account}:configuration-set/guichet-dev`;
    for (const handler of ['api', 'scheduler'] as const) {
      const ses = statementsOf(template, handler).filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
      expect(ses.flatMap(actionsOf).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      for (const statement of ses) expect(resourcesOf(statement).sort()).toEqual([configurationSetArn, sesArn]);
    }
    const documentsActions = statementsOf(template, 'documents').flatMap(actionsOf);
    expect(documentsActions.filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it('only api reads the one-time-code secret, and only that parameter', () => {
    const ssm = statementsOf(template, 'api').filter((s) => actionsOf(s).some((a) => a.startsWith('ssm:')));
    expect(ssm.flatMap(actionsOf)).toContain('ssm:GetParameter');
    for (const statement of ssm) {
      expect(resourcesOf(statement)).toEqual([`arn:aws:ssm:${ENV.region}:${ENV.account}:parameter/guichet/dev/otp-hmac-secret`]);
    }
    for (const handler of ['documents', 'scheduler'] as const) {
      expect(
        statementsOf(template, handler)
          .flatMap(actionsOf)
          .filter((a) => a.startsWith('ssm:')),
      ).toEqual([]);
    }
  });
});

describe('HTTP API', () => {
  it('routes ANY /api/{proxy+} to the api function', () => {
    const [integrationId] = only('AWS::ApiGatewayV2::Integration', {
      IntegrationUri: { 'Fn::GetAtt': [fnOf('api')[0], 'Arn'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'ANY /api/{proxy+}',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
    });
  });

  it('throttles its default stage for deadline day (1,000 rps, burst 2,000) and access-logs it', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 1000, ThrottlingBurstLimit: 2000 },
    });
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0] as string;
    expect(template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(30);
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
  });
});

describe('CloudFront', () => {
  const distribution = () => only('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;

  it('sends /api/* uncached, with every method, to the HTTP API, with the viewer address and the headers the API reads but not Host', () => {
    const config = distribution();
    const apiBehaviour = config.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*');
    const [policyId, policy] = only('AWS::CloudFront::OriginRequestPolicy');
    expect(policy.Properties.OriginRequestPolicyConfig).toMatchObject({
      CookiesConfig: { CookieBehavior: 'all' },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      HeadersConfig: { HeaderBehavior: 'whitelist' },
    });
    const forwarded = (policy.Properties.OriginRequestPolicyConfig.HeadersConfig.Headers as string[]).map((h) => h.toLowerCase());
    // The managed AllViewerExceptHostHeader forwards viewer headers only: CloudFront's own must be named.
    expect(forwarded).toEqual(expect.arrayContaining(['cloudfront-viewer-address', 'origin', 'sec-fetch-site', 'content-type']));
    expect(forwarded).not.toContain('host');
    expect(forwarded.length).toBeLessThanOrEqual(10);
    expect(apiBehaviour.OriginRequestPolicyId).not.toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(apiBehaviour).toMatchObject({
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: { Ref: policyId },
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
    });
    const origin = config.Origins.find((o: any) => o.Id === apiBehaviour.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain(only('AWS::ApiGatewayV2::Api')[0]);
    expect(origin.CustomOriginConfig).toEqual({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });

  it('serves the private SPA bucket through Origin Access Control, logged, with security headers', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    const origin = config.Origins.find((o: any) => o.Id === config.DefaultCacheBehavior.TargetOriginId);
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(config.Logging.Prefix).toBe('cloudfront/');
    const [headersId] = only('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({ Comment: Match.stringLikeRegexp('^Guichet SPA') }),
    });
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: headersId });
  });

  it('has no error-response fallback that could turn an API 404 into index.html', () => {
    expect(distribution()).not.toHaveProperty('CustomErrorResponses');
    const [functionId] = only('AWS::CloudFront::Function');
    expect(distribution().DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
    ]);
    const apiBehaviour = distribution().CacheBehaviors.find((b: any) => b.PathPattern === '/api/*');
    expect(apiBehaviour).not.toHaveProperty('FunctionAssociations');
  });

  it.each([
    ['/', '/index.html'],
    ['/applications/42', '/index.html'],
    ['/programs/ess-2026/apply/', '/index.html'],
    ['/assets/index-3f9a1c.js', '/assets/index-3f9a1c.js'],
    ['/favicon.ico', '/favicon.ico'],
  ])('the SPA rewrite sends %s to %s', (uri, expected) => {
    const code = only('AWS::CloudFront::Function')[1].Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (e: unknown) => { uri: string };
    expect(handler({ request: { uri, headers: {} } }).uri).toBe(expected);
  });

  it("lets the SPA's CSP connect to the documents bucket, and frames nothing", () => {
    const policy = only('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({ Comment: Match.stringLikeRegexp('^Guichet SPA') }),
    })[1].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(policy.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain(`connect-src 'self' https://${DOCUMENTS_BUCKET_NAME}.s3.${ENV.region}.`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(policy.StrictTransportSecurity).toMatchObject({ Override: true, AccessControlMaxAgeSec: 63072000 });
    expect(policy.FrameOptions.FrameOption).toBe('DENY');
  });
});

describe('settings from context', () => {
  it('scopes SES to the sender domain and passes the sender to the functions', () => {
    const t = templateOf({ context: { mailFrom: 'subventions@agglo-exemple.fr' } });
    expect(JSON.stringify(t.toJSON())).toContain(`:identity/agglo-exemple.fr"`);
    t.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.api',
      Environment: { Variables: Match.objectLike({ MAIL_FROM: 'subventions@agglo-exemple.fr' }) },
    });
  });

  it('takes an explicit sesIdentity, reserved api concurrency and tracing (still nag-clean)', () => {
    const t = templateOf({
      context: { sesIdentity: 'guichet@agglo-exemple.fr', apiReservedConcurrency: '20', tracing: 'true' },
    });
    expect(JSON.stringify(t.toJSON())).toContain(':identity/guichet@agglo-exemple.fr"');
    t.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.api',
      ReservedConcurrentExecutions: 20,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('serves a custom domain with its certificate and TLS 1.2, and uses it as the site origin', () => {
    const t = templateOf({
      context: {
        siteDomain: 'guichet.agglo-exemple.fr',
        siteCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
      },
    });
    t.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['guichet.agglo-exemple.fr'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }),
      }),
    });
    t.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://guichet.agglo-exemple.fr'] })] },
    });
  });

  it('refuses a custom domain without a us-east-1 certificate', () => {
    expect(() => buildPortal({ context: { siteDomain: 'guichet.agglo-exemple.fr' } })).toThrow(/siteCertificateArn/);
  });
});

describe('cdk.json', () => {
  it('runs the app through tsx and keeps the CLI offline', () => {
    const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
    expect(cdkJson).toMatchObject({ app: 'npx tsx infra/app.ts', notices: false, 'cli-telemetry': false });
  });
});
