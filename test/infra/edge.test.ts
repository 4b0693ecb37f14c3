/**
 * The edge: caching, the headers CloudFront must send like the local server does,
 * the optional WAF, the API's throttle, and how the API can tell CloudFront from a
 * direct call.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../functions/src/middleware/security';
import { ASSETS_CACHE_CONTROL, CUSTOM_SECURITY_HEADERS, HTML_CACHE_CONTROL } from '../../infra/constructs/site';
import { ORIGIN_VERIFY_HEADER } from '../../infra/portal-stack';
import { DEFAULT_API_THROTTLE } from '../../infra/settings';
import { buildStage, removeAssemblies, statementsOf, actionsOf, resourcesOf } from './portal-app';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] };

const YEAR = 31_536_000;
const ACL = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/shared/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

let template: Template;

beforeAll(() => {
  template = Template.fromStack(buildStage().portal.stack);
}, 120_000);

afterAll(removeAssemblies);

const distribution = (t: Template = template) =>
  (Object.values(t.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties.DistributionConfig;
const behaviour = (path: string) => distribution().CacheBehaviors.find((b: any) => b.PathPattern === path);
const byRef = (ref: { Ref: string }) => template.toJSON().Resources[ref.Ref] as Resource;

describe('caching', () => {
  it('serves HTTP/2 and HTTP/3', () => {
    expect(distribution().HttpVersion).toBe('http2and3');
  });

  it('never keeps index.html at the edge and tells browsers to revalidate it, compressed', () => {
    const html = distribution().DefaultCacheBehavior;
    expect(html.Compress).toBe(true);
    expect(byRef(html.CachePolicyId).Properties.CachePolicyConfig).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: { EnableAcceptEncodingBrotli: true, EnableAcceptEncodingGzip: true },
    });
    const headers = byRef(html.ResponseHeadersPolicyId).Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig.Items;
    expect(headers).toContainEqual({ Header: 'Cache-Control', Value: HTML_CACHE_CONTROL, Override: true });
  });

  it('keeps /assets/* (hashed by Vite) a year at the edge and in browsers, immutable, compressed', () => {
    const assets = behaviour('/assets/*');
    expect(assets).toMatchObject({ Compress: true, ViewerProtocolPolicy: 'redirect-to-https' });
    expect(assets.TargetOriginId).toBe(distribution().DefaultCacheBehavior.TargetOriginId);
    expect(byRef(assets.CachePolicyId).Properties.CachePolicyConfig).toMatchObject({
      MinTTL: YEAR,
      DefaultTTL: YEAR,
      MaxTTL: YEAR,
      ParametersInCacheKeyAndForwardedToOrigin: { EnableAcceptEncodingBrotli: true, EnableAcceptEncodingGzip: true },
    });
    const headers = byRef(assets.ResponseHeadersPolicyId).Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig.Items;
    expect(headers).toContainEqual({ Header: 'Cache-Control', Value: 'public, max-age=31536000, immutable', Override: true });
  });

  it('uploads the hashed chunks (with their Cache-Control) before the HTML that names them', () => {
    const deployments = Object.entries(template.findResources('Custom::CDKBucketDeployment')) as [string, Resource][];
    expect(deployments).toHaveLength(2);
    const [assetsId, assets] = deployments.find(([, d]) => d.Properties.Include)!;
    const [, html] = deployments.find(([, d]) => !d.Properties.Include)!;
    expect(assets.Properties).toMatchObject({ Include: ['assets/*'], Exclude: ['*'], Prune: false });
    expect(assets.Properties.SystemMetadata).toEqual({ 'cache-control': ASSETS_CACHE_CONTROL });
    expect(html.Properties).toMatchObject({ Exclude: ['assets/*'], Prune: false, DistributionPaths: ['/*'] });
    expect(html.Properties.SystemMetadata).toEqual({ 'cache-control': HTML_CACHE_CONTROL });
    expect(html.DependsOn).toContain(assetsId);
  });
});

describe('security headers', () => {
  it('sends Permissions-Policy, COOP and CORP exactly as the local server does', async () => {
    const local = new Hono();
    local.use(securityHeaders({ documentsBucketOrigin: 'http://127.0.0.1:9', https: true }));
    local.get('/', (c) => c.text('ok'));
    const response = await local.request('/');
    for (const [header, value] of Object.entries(CUSTOM_SECURITY_HEADERS)) {
      expect(response.headers.get(header), header).toBe(value);
    }
    const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as Resource[];
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const items = policy.Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig.Items;
      for (const [header, value] of Object.entries(CUSTOM_SECURITY_HEADERS)) {
        expect(items).toContainEqual({ Header: header, Value: value, Override: true });
      }
      expect(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig).toMatchObject({
        ContentSecurityPolicy: { Override: true },
        StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000 },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: 'DENY' },
      });
    }
  });
});

describe('WAF', () => {
  it('is off by default: no web ACL, no companion stack', () => {
    const { portal } = buildStage();
    expect(portal.edge).toBeUndefined();
    expect(distribution(Template.fromStack(portal.stack))).not.toHaveProperty('WebACLId');
  });

  it('waf=true: a CLOUDFRONT web ACL in a us-east-1 stack, attached through a cross-region reference', () => {
    const { portal } = buildStage({ context: { stage: 'staging', waf: 'true' } });
    expect(portal.edge?.region).toBe('us-east-1');
    const edge = Template.fromStack(portal.edge!);
    edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
    edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Name: 'guichet-staging-edge',
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Name: 'auth-rate-limit',
          Priority: 0,
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              AggregateKeyType: 'IP',
              Limit: 100,
              ScopeDownStatement: {
                ByteMatchStatement: Match.objectLike({
                  FieldToMatch: { UriPath: {} },
                  PositionalConstraint: 'STARTS_WITH',
                  SearchString: '/api/auth/',
                }),
              },
            }),
          },
        }),
        Match.objectLike({
          Name: 'aws-common',
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              VendorName: 'AWS',
              Name: 'AWSManagedRulesCommonRuleSet',
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            }),
          },
        }),
      ],
    });
    const aclId = distribution(Template.fromStack(portal.stack)).WebACLId;
    expect(JSON.stringify(aclId)).toMatch(/ExportsReader/);
    // The reference (resolved at synth) makes `cdk deploy Guichet-staging` deploy the edge stack first.
    expect(portal.stack.dependencies).toContain(portal.edge);
  });

  it('webAclArn: attaches that web ACL and makes none', () => {
    const { portal } = buildStage({ context: { webAclArn: ACL } });
    expect(portal.edge).toBeUndefined();
    expect(distribution(Template.fromStack(portal.stack)).WebACLId).toBe(ACL);
  });

  it.each([
    [{ waf: 'true', webAclArn: ACL }, /not both/],
    [{ webAclArn: 'arn:aws:wafv2:eu-west-3:111122223333:regional/webacl/x/y' }, /CLOUDFRONT-scope/],
    [{ waf: 'yes' }, /waf must be true or false/],
  ])('refuses %j', (context, message) => {
    expect(() => buildStage({ context })).toThrow(message);
  });
});

describe('API throttle', () => {
  const throttle = (t: Template) =>
    (Object.values(t.findResources('AWS::ApiGatewayV2::Stage'))[0] as Resource).Properties.DefaultRouteSettings;

  it('defaults to the deadline-day sizing, far above the old 50 rps', () => {
    expect(throttle(template)).toEqual({
      ThrottlingRateLimit: DEFAULT_API_THROTTLE.rateLimit,
      ThrottlingBurstLimit: DEFAULT_API_THROTTLE.burstLimit,
    });
    expect(DEFAULT_API_THROTTLE.rateLimit).toBeGreaterThanOrEqual(1_000);
  });

  it('follows apiThrottleRate and apiThrottleBurst', () => {
    const t = Template.fromStack(buildStage({ context: { apiThrottleRate: '300', apiThrottleBurst: '600' } }).portal.stack);
    expect(throttle(t)).toEqual({ ThrottlingRateLimit: 300, ThrottlingBurstLimit: 600 });
    expect(() => buildStage({ context: { apiThrottleRate: '-1' } })).toThrow(/apiThrottleRate/);
  });
});

describe('direct calls to the API', () => {
  it('keeps execute-api (CloudFront reaches the API through it) and has CloudFront add a secret header', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: false });
    const api = behaviour('/api/*');
    const origin = distribution().Origins.find((o: any) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain('execute-api');
    const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    expect(origin.OriginCustomHeaders).toEqual([
      {
        HeaderName: ORIGIN_VERIFY_HEADER,
        HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']] },
      },
    ]);
    // Only the API origin gets it: S3 would not care, and the header must not leak to the browser.
    const s3 = distribution().Origins.filter((o: any) => o.Id !== api.TargetOriginId);
    for (const o of s3) expect(o).not.toHaveProperty('OriginCustomHeaders');
  });

  it('tells the api function the header and where its value is, and lets it read only that secret', () => {
    const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.api',
      Environment: {
        Variables: Match.objectLike({ ORIGIN_VERIFY_HEADER, ORIGIN_VERIFY_SECRET_ARN: { Ref: secretId } }),
      },
    });
    const secretStatements = statementsOf(template, 'api').filter((s) => actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
    expect(secretStatements.flatMap(actionsOf).sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    for (const s of secretStatements) expect(resourcesOf(s)).toEqual([{ Ref: secretId }]);
    for (const handler of ['documents', 'scheduler'] as const) {
      expect(
        statementsOf(template, handler)
          .flatMap(actionsOf)
          .filter((a) => a.startsWith('secretsmanager:')),
      ).toEqual([]);
    }
  });
});
