/**
 * What tells the operator something is wrong: alarms on one SNS topic mailed to
 * `alarmEmail`, a budget, one dashboard, the SES configuration set.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStage, removeAssemblies } from './portal-app';

type Resource = { Type: string; Properties: Record<string, any> };

let template: Template;

beforeAll(() => {
  const { portal } = buildStage({
    context: { stage: 'staging', alarmEmail: 'exploitation@agglo-exemple.fr', monthlyBudgetUsd: '120' },
  });
  template = Template.fromStack(portal.stack);
}, 120_000);

afterAll(removeAssemblies);

const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
const alarm = (suffix: string): Resource => {
  const found = alarms().filter((a) => a.Properties.AlarmName === `guichet-staging-${suffix}`);
  expect(found, suffix).toHaveLength(1);
  return found[0]!;
};
const topicId = () => Object.keys(template.findResources('AWS::SNS::Topic'))[0]!;
const fnId = (handler: string) =>
  Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${handler}` } }))[0]!;
/** The metric names an alarm reads, directly or through its math. */
const metricsOf = (a: Resource): string[] =>
  a.Properties.MetricName
    ? [a.Properties.MetricName]
    : (a.Properties.Metrics as any[]).flatMap((m) => (m.MetricStat ? [m.MetricStat.Metric.MetricName] : []));

describe('alarm topic', () => {
  it('is TLS-only and mails alarmEmail', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'guichet-staging-alarms' });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'exploitation@agglo-exemple.fr',
      TopicArn: { Ref: topicId() },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'sns:Publish' }),
        ]),
      },
    });
  });

  it('receives every alarm, when it fires and when it clears, and none counts silence as an incident', () => {
    expect(alarms()).toHaveLength(16);
    for (const a of alarms()) {
      expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId() }]);
      expect(a.Properties.OKActions).toEqual([{ Ref: topicId() }]);
      expect(a.Properties.TreatMissingData).toBe('notBreaching');
      expect(a.Properties.AlarmName).toMatch(/^guichet-staging-/);
    }
  });
});

describe('alarms', () => {
  it('API 5xx rate: over 5 % of at least 20 requests, two periods of three', () => {
    const a = alarm('api5xx-rate');
    expect(a.Properties).toMatchObject({ Threshold: 5, EvaluationPeriods: 3, DatapointsToAlarm: 2 });
    expect(metricsOf(a).sort()).toEqual(['5xx', 'Count']);
    expect(JSON.stringify(a.Properties.Metrics)).toContain('IF(requests >= 20, 100 * errors / requests, 0)');
  });

  it('API 429 rate: 429s counted from the access log (HTTP APIs publish no per-status metric) over all requests', () => {
    const a = alarm('api429-rate');
    expect(a.Properties.Threshold).toBe(1);
    expect(metricsOf(a).sort()).toEqual(['Api429', 'Count']);
    const [, stage] = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
    const accessLogId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: accessLogId },
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [{ MetricNamespace: 'Guichet/guichet-staging', MetricName: 'Api429', MetricValue: '1', DefaultValue: 0 }],
    });
  });

  it.each([
    ['api', 'api', 15],
    ['documents-fn', 'documents', 10],
    ['scheduler', 'scheduler', 25],
  ])('%s: errors, throttles, and p99 duration at 80 %% of its %s timeout', (name, handler, timeoutSeconds) => {
    const dimension = [{ Name: 'FunctionName', Value: { Ref: fnId(handler) } }];
    expect(alarm(`${name}-errors`).Properties).toMatchObject({ MetricName: 'Errors', Dimensions: dimension, Threshold: 1 });
    expect(alarm(`${name}-throttles`).Properties).toMatchObject({ MetricName: 'Throttles', Dimensions: dimension });
    expect(alarm(`${name}-duration-p99`).Properties).toMatchObject({
      MetricName: 'Duration',
      ExtendedStatistic: 'p99',
      Dimensions: dimension,
      Threshold: timeoutSeconds * 1000 * 0.8,
    });
  });

  it('failed-invocation queue: any message waiting', () => {
    const queueId = Object.keys(template.findResources('AWS::SQS::Queue'))[0]!;
    expect(alarm('failed-invocations').Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Statistic: 'Maximum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
    });
  });

  it('DynamoDB: throttled requests and system errors, summed over every operation the roles allow', () => {
    for (const [suffix, metric] of [
      ['table-throttles', 'ThrottledRequests'],
      ['table-system-errors', 'SystemErrors'],
    ]) {
      const a = alarm(suffix!);
      const names = metricsOf(a);
      expect(new Set(names)).toEqual(new Set([metric]));
      expect(names).toHaveLength(9);
    }
  });

  it('SES: bounce rate above 4 % and complaint rate above 0.08 %, below the levels where AWS acts', () => {
    expect(alarm('ses-bounce-rate').Properties).toMatchObject({
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.BounceRate',
      Threshold: 0.04,
    });
    expect(alarm('ses-complaint-rate').Properties).toMatchObject({
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.ComplaintRate',
      Threshold: 0.0008,
    });
  });
});

describe('budget, dashboard, SES configuration set', () => {
  it('budgets monthlyBudgetUsd and mails the topic at 80 % actual and 100 % forecast', () => {
    template.hasResourceProperties('AWS::Budgets::Budget', {
      Budget: {
        BudgetName: 'guichet-staging-monthly',
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: 120, Unit: 'USD' },
      },
      NotificationsWithSubscribers: [
        {
          Notification: Match.objectLike({ NotificationType: 'ACTUAL', Threshold: 80 }),
          Subscribers: [{ SubscriptionType: 'SNS', Address: { Ref: topicId() } }],
        },
        {
          Notification: Match.objectLike({ NotificationType: 'FORECASTED', Threshold: 100 }),
          Subscribers: [{ SubscriptionType: 'SNS', Address: { Ref: topicId() } }],
        },
      ],
    });
  });

  it('defaults the budget to 50 USD, and 0 makes none', () => {
    const t = Template.fromStack(buildStage().portal.stack);
    t.hasResourceProperties('AWS::Budgets::Budget', { Budget: Match.objectLike({ BudgetLimit: { Amount: 50, Unit: 'USD' } }) });
    t.resourceCountIs('AWS::SNS::Subscription', 0);
    t.resourceCountIs('AWS::Budgets::Budget', 1);
    const none = Template.fromStack(buildStage({ context: { monthlyBudgetUsd: '0' } }).portal.stack);
    none.resourceCountIs('AWS::Budgets::Budget', 0);
  });

  it('has one dashboard with every alarm and the same signals', () => {
    const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]!.Properties.DashboardName).toBe('guichet-staging');
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const metric of [
      '5xx',
      'Api429',
      'Errors',
      'Throttles',
      'Duration',
      'ApproximateNumberOfMessagesVisible',
      'ThrottledRequests',
      'SystemErrors',
      'Reputation.BounceRate',
      'Reputation.ComplaintRate',
    ]) {
      expect(body, metric).toContain(`\\"${metric}\\"`);
    }
    for (const a of Object.keys(template.findResources('AWS::CloudWatch::Alarm'))) expect(body).toContain(`"${a}"`);
  });

  it("creates the stage's SES configuration set with reputation metrics", () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'guichet-staging',
      ReputationOptions: { ReputationMetricsEnabled: true },
    });
  });

  it('tells every function its stage (the metrics dimension), the configuration set to name in SendEmail, and to trace', () => {
    const configurationSet = Object.keys(template.findResources('AWS::SES::ConfigurationSet'))[0]!;
    for (const handler of ['api', 'documents', 'scheduler']) {
      const fn = template.findResources('AWS::Lambda::Function', { Properties: { Handler: `index.${handler}` } })[fnId(handler)]!;
      expect(fn.Properties.Environment.Variables, handler).toMatchObject({
        STAGE: 'staging',
        SES_CONFIGURATION_SET: { Ref: configurationSet },
        POWERTOOLS_TRACE_ENABLED: 'true',
      });
      // Staging traces by default: X-Ray segments for the function, subsegments for its SDK calls.
      expect(fn.Properties.TracingConfig, handler).toEqual({ Mode: 'Active' });
    }
  });
});
