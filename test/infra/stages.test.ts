/**
 * Stages and regions: `-c stage=…` gives separate stacks that can share an account,
 * `-c region=…` (or AWS_REGION) decides the region whatever the CDK CLI puts in
 * CDK_DEFAULT_REGION, and a failed first deploy leaves nothing that blocks a retry.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';
import { buildStage, CDK_JSON_CONTEXT, removeAssemblies, tempOutdir } from './portal-app';

const run = promisify(execFile);

type Resource = { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string };

/** Where each resource type keeps the name that must be unique in an account and region. */
const PHYSICAL_NAME: Record<string, (p: Record<string, any>) => unknown> = {
  'AWS::S3::Bucket': (p) => p.BucketName,
  'AWS::Logs::LogGroup': (p) => p.LogGroupName,
  'AWS::Logs::MetricFilter': (p) => `${p.MetricTransformations[0].MetricNamespace}/${p.MetricTransformations[0].MetricName}`,
  'AWS::CloudWatch::Alarm': (p) => p.AlarmName,
  'AWS::CloudWatch::Dashboard': (p) => p.DashboardName,
  'AWS::SNS::Topic': (p) => p.TopicName,
  'AWS::Budgets::Budget': (p) => p.Budget.BudgetName,
  'AWS::SES::ConfigurationSet': (p) => p.Name,
  'AWS::ApiGatewayV2::Api': (p) => p.Name,
  'AWS::Events::Rule': (p) => p.Name,
  'AWS::CloudFront::ResponseHeadersPolicy': (p) => p.ResponseHeadersPolicyConfig.Name,
  'AWS::CloudFront::CachePolicy': (p) => p.CachePolicyConfig.Name,
  'AWS::CloudFront::OriginRequestPolicy': (p) => p.OriginRequestPolicyConfig.Name,
  'AWS::CloudFront::Function': (p) => p.Name,
  'AWS::CloudFront::OriginAccessControl': (p) => p.OriginAccessControlConfig.Name,
  'AWS::WAFv2::WebACL': (p) => p.Name,
  'AWS::IAM::Role': (p) => p.RoleName,
  'AWS::Lambda::Function': (p) => p.FunctionName,
  'AWS::SQS::Queue': (p) => p.QueueName,
  'AWS::SecretsManager::Secret': (p) => p.Name,
  'AWS::DynamoDB::GlobalTable': (p) => p.TableName,
};

function resources(template: Template): Record<string, Resource> {
  return template.toJSON().Resources as Record<string, Resource>;
}

/** Every physical name a template fixes, as text (an unresolved name is compared as its expression). */
function physicalNames(template: Template): string[] {
  return Object.values(resources(template)).flatMap((r) => {
    const name = PHYSICAL_NAME[r.Type]?.(r.Properties ?? {});
    return name === undefined ? [] : [typeof name === 'string' ? name : JSON.stringify(name)];
  });
}

function stage(name: string, context: Record<string, unknown> = {}) {
  const { portal } = buildStage({ context: { stage: name, alarmEmail: 'ops@example.org', ...context } });
  return { stack: portal.stack, template: Template.fromStack(portal.stack), edge: portal.edge };
}

let staging: ReturnType<typeof stage>;
let production: ReturnType<typeof stage>;

beforeAll(() => {
  staging = stage('staging', { waf: 'true' });
  production = stage('production', { waf: 'true' });
}, 120_000);

afterAll(removeAssemblies);

describe('region', () => {
  it('is eu-west-3 when synth runs with no AWS variable at all (the real app, through tsx)', async () => {
    const outdir = tempOutdir();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CDK_OUTDIR: outdir,
      // What the CLI passes from cdk.json; template only (the bundle is bundling.test.ts's).
      CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] }),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    await run(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['infra/app.ts'], { cwd: REPO_ROOT, env, timeout: 90_000 });
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string; environment?: string }>;
    };
    const stacks = Object.entries(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack');
    expect(stacks.map(([id, a]) => [id, a.environment])).toEqual([['Guichet-dev', 'aws://000000000000/eu-west-3']]);
  }, 120_000);

  it.each([
    ['nothing set', {}, {}, 'eu-west-3'],
    ["only the CLI's CDK_DEFAULT_REGION (a profile without a region)", { CDK_DEFAULT_REGION: 'us-east-1' }, {}, 'eu-west-3'],
    ['AWS_REGION', { AWS_REGION: 'eu-west-1', CDK_DEFAULT_REGION: 'us-east-1' }, {}, 'eu-west-1'],
    ['-c region, over AWS_REGION', { AWS_REGION: 'eu-west-1' }, { region: 'eu-central-1' }, 'eu-central-1'],
  ])('with %s: %s', (_, env, context, expected) => {
    const { portal } = buildStage({ env: env as NodeJS.ProcessEnv, context });
    expect(portal.stack.region).toBe(expected);
    expect(JSON.stringify(Template.fromStack(portal.stack).toJSON())).toContain(`.s3.${expected}.`);
  });

  it('keeps the account the CLI found, with a placeholder when there is none', () => {
    expect(buildStage({ env: { CDK_DEFAULT_ACCOUNT: '444455556666' } }).portal.stack.account).toBe('444455556666');
    expect(buildStage().portal.stack.account).toBe('000000000000');
  });
});

describe('stages', () => {
  it('defaults to dev, and refuses a stage it does not know', () => {
    expect(buildStage().portal.stack.stackName).toBe('Guichet-dev');
    expect(() => buildStage({ context: { stage: 'prod' } })).toThrow(/stage must be one of dev, staging, production/);
  });

  it('names the stacks after the stage', () => {
    expect([staging.stack.stackName, staging.edge?.stackName]).toEqual(['Guichet-staging', 'Guichet-staging-edge']);
    expect([production.stack.stackName, production.edge?.stackName]).toEqual(['Guichet-production', 'Guichet-production-edge']);
  });

  it('staging and production share no physical name, so both fit in one account', () => {
    const names = (s: typeof staging) => [...physicalNames(s.template), ...physicalNames(Template.fromStack(s.edge!))];
    const stagingNames = names(staging);
    const productionNames = names(production);
    // Enough named resources that the check means something: buckets, alarms, policies, the web ACL…
    expect(stagingNames.length).toBeGreaterThan(20);
    expect(productionNames).toHaveLength(stagingNames.length);
    expect(stagingNames.filter((n) => productionNames.includes(n))).toEqual([]);
    for (const name of stagingNames) expect(name.toLowerCase()).toContain('staging');
    for (const name of productionNames) expect(name.toLowerCase()).toContain('production');
  });

  it('puts the stage in the SSM parameter path and tags every resource with it', () => {
    for (const [name, s] of [
      ['staging', staging],
      ['production', production],
    ] as const) {
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: 'index.api',
        Environment: { Variables: { SESSION_SECRET_PARAMETER: `/guichet/${name}/otp-hmac-secret` } },
      });
      s.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        Replicas: [{ Tags: [{ Key: 'guichet:stage', Value: name }] }],
      });
    }
  });

  it('protects production alone: termination protection, table and log groups', () => {
    expect(production.stack.terminationProtection).toBe(true);
    expect(production.edge?.terminationProtection).toBe(true);
    expect(staging.stack.terminationProtection).toBe(false);
    const protections = (t: Template) => ({
      table: Object.values(t.findResources('AWS::DynamoDB::GlobalTable')).map((r) => r.Properties.Replicas[0].DeletionProtectionEnabled),
      logs: Object.values(t.findResources('AWS::Logs::LogGroup')).map((r) => r.Properties.DeletionProtectionEnabled),
    });
    expect(protections(production.template)).toEqual({ table: [true], logs: [true, true, true, true] });
    expect(protections(staging.template)).toEqual({ table: [false], logs: [false, false, false, false] });
  });
});

describe('a failed first deploy can be retried', () => {
  it('retains nothing when the create that made it rolls back (RetainExceptOnCreate, never Retain)', () => {
    for (const s of [staging, production]) {
      const all = Object.entries(resources(s.template));
      expect(all.filter(([, r]) => r.DeletionPolicy === 'Retain').map(([id]) => id)).toEqual([]);
      const retained = all.filter(([, r]) => r.DeletionPolicy === 'RetainExceptOnCreate').map(([, r]) => r.Type);
      expect(retained.sort()).toEqual(['AWS::DynamoDB::GlobalTable', 'AWS::S3::Bucket', 'AWS::S3::Bucket', 'AWS::S3::Bucket']);
    }
  });

  it('gives a generated name to everything a rollback might leave behind (table, secret, log groups)', () => {
    for (const type of ['AWS::DynamoDB::GlobalTable', 'AWS::SecretsManager::Secret', 'AWS::Logs::LogGroup']) {
      for (const r of Object.values(production.template.findResources(type))) {
        expect(PHYSICAL_NAME[type]!(r.Properties)).toBeUndefined();
      }
    }
  });
});

describe('tracing', () => {
  const modes = (t: Template) =>
    ['api', 'documents', 'scheduler'].map(
      (h) =>
        Object.values(t.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${h}` } }))[0]!.Properties.TracingConfig
          ?.Mode ?? 'off',
    );

  it('is on in staging and production, off in dev', () => {
    expect(modes(staging.template)).toEqual(['Active', 'Active', 'Active']);
    expect(modes(production.template)).toEqual(['Active', 'Active', 'Active']);
    expect(modes(Template.fromStack(buildStage().portal.stack))).toEqual(['off', 'off', 'off']);
  });

  it('follows -c tracing either way', () => {
    expect(modes(Template.fromStack(buildStage({ context: { stage: 'staging', tracing: 'false' } }).portal.stack))).toEqual([
      'off',
      'off',
      'off',
    ]);
    expect(modes(Template.fromStack(buildStage({ context: { tracing: 'true' } }).portal.stack))).toEqual(['Active', 'Active', 'Active']);
    expect(() => buildStage({ context: { tracing: 'yes' } })).toThrow(/tracing must be true or false/);
  });

  it('tells the functions their stage, and to capture their SDK clients exactly when tracing is on', () => {
    const env = (t: Template, variable: string) =>
      ['api', 'documents', 'scheduler'].map(
        (h) =>
          Object.values(t.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${h}` } }))[0]!.Properties.Environment
            .Variables[variable],
      );
    expect(env(staging.template, 'STAGE')).toEqual(['staging', 'staging', 'staging']);
    expect(env(production.template, 'STAGE')).toEqual(['production', 'production', 'production']);
    expect(env(staging.template, 'POWERTOOLS_TRACE_ENABLED')).toEqual(['true', 'true', 'true']);
    const dev = Template.fromStack(buildStage().portal.stack);
    expect(env(dev, 'STAGE')).toEqual(['dev', 'dev', 'dev']);
    expect(env(dev, 'POWERTOOLS_TRACE_ENABLED')).toEqual(['false', 'false', 'false']);
    const tracedDev = Template.fromStack(buildStage({ context: { tracing: 'true' } }).portal.stack);
    expect(env(tracedDev, 'POWERTOOLS_TRACE_ENABLED')).toEqual(['true', 'true', 'true']);
  });
});
