/**
 * GuardDuty Malware Protection for S3 on the verified documents: the plan, the role
 * AWS documents for it (and nothing wider), and the EventBridge rule that brings each
 * verdict to the documents function.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV, buildPortal, removeAssemblies } from './portal-app';

type Resource = { Type: string; Properties: Record<string, any> };
type Statement = { Sid?: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

let template: Template;

beforeAll(() => {
  template = Template.fromStack(buildPortal().stack);
}, 120_000);
afterAll(removeAssemblies);

const BUCKET = `guichet-dev-documents-${ENV.account}-${ENV.region}`;

function only(type: string, props: Record<string, unknown> = {}): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: props }));
  expect(found, type).toHaveLength(1);
  return found[0] as [string, Resource];
}

const bucketId = () => only('AWS::S3::Bucket', { BucketName: BUCKET })[0];
const planRoleId = () => only('AWS::GuardDuty::MalwareProtectionPlan')[1].Properties.Role['Fn::GetAtt'][0] as string;
const planStatements = (): Statement[] =>
  Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === planRoleId()))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
const actions = (s: Statement) => [s.Action].flat();
const bySid = (sid: string) => planStatements().find((s) => s.Sid === sid);
const objectsUnder = (prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(), 'Arn'] }, `/${prefix}`]] });

describe('GuardDuty Malware Protection for S3', () => {
  it('protects the documents bucket, verified copies only, tagging each scanned object', () => {
    const [, plan] = only('AWS::GuardDuty::MalwareProtectionPlan');
    expect(plan.Properties.ProtectedResource).toEqual({ S3Bucket: { BucketName: { Ref: bucketId() }, ObjectPrefixes: ['verified/'] } });
    expect(plan.Properties.Actions).toEqual({ Tagging: { Status: 'ENABLED' } });
  });

  it('runs as a role only GuardDuty’s malware-protection-plan service can assume', () => {
    const role = template.toJSON().Resources[planRoleId()] as Resource;
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' } },
    ]);
    expect(role.Properties).not.toHaveProperty('ManagedPolicyArns');
  });

  it('has exactly the documented permissions, scoped to this bucket and GuardDuty’s managed rule', () => {
    const managedRule = `arn:aws:events:${ENV.region}:${ENV.account}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*`;
    expect(bySid('AllowManagedRuleToSendS3EventsToGuardDuty')).toMatchObject({
      Action: ['events:DeleteRule', 'events:PutRule', 'events:PutTargets', 'events:RemoveTargets'],
      Resource: managedRule,
      Condition: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
    });
    expect(bySid('AllowGuardDutyToMonitorEventBridgeManagedRule')).toMatchObject({
      Action: ['events:DescribeRule', 'events:ListTargetsByRule'],
      Resource: managedRule,
    });
    expect(bySid('AllowMalwareScan')).toMatchObject({
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: objectsUnder('verified/*'),
    });
    expect(bySid('AllowPostScanTag')?.Resource).toEqual(objectsUnder('verified/*'));
    expect(bySid('AllowPutValidationObject')).toMatchObject({
      Action: 's3:PutObject',
      Resource: objectsUnder('malware-protection-resource-validation-object'),
    });
    const bucketArn = { 'Fn::GetAtt': [bucketId(), 'Arn'] };
    expect(bySid('AllowEnableS3EventBridgeEvents')).toMatchObject({
      Action: ['s3:GetBucketNotification', 's3:PutBucketNotification'],
      Resource: bucketArn,
    });
    expect(bySid('AllowCheckBucketOwnership')).toMatchObject({ Action: 's3:ListBucket', Resource: bucketArn });
    // Nothing else: no delete, no wildcard action, nothing outside this bucket and the managed rule.
    const all = planStatements().flatMap(actions);
    expect(all.filter((a) => a.includes('*') || a.startsWith('s3:Delete'))).toEqual([]);
    expect(planStatements()).toHaveLength(7);
  });

  it('sends every scan result on verified/ of this bucket to the documents function', () => {
    const [, fn] = only('AWS::Lambda::Function', { Handler: 'index.documents' });
    const [, rule] = only('AWS::Events::Rule', {
      EventPattern: Match.objectLike({ 'detail-type': ['GuardDuty Malware Protection Object Scan Result'] }),
    });
    expect(rule.Properties.EventPattern).toEqual({
      source: ['aws.guardduty'],
      'detail-type': ['GuardDuty Malware Protection Object Scan Result'],
      detail: { s3ObjectDetails: { bucketName: [{ Ref: bucketId() }], objectKey: [{ prefix: 'verified/' }] } },
    });
    const fnId = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, r]) => r === fn)?.[0];
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] } })]);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
  });
});
