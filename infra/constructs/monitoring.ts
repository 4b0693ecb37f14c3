import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { CfnBudget } from 'aws-cdk-lib/aws-budgets';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type HorizontalAnnotation,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { PortalFunction } from './portal-function';

export interface MonitoringProps {
  /** Prefix of every alarm, topic, dashboard and budget name: `guichet-<stage>`. */
  readonly namePrefix: string;
  readonly api: IHttpApi;
  /** The HTTP API access log, whose `status` field gives the 429 count per status. */
  readonly apiAccessLogs: ILogGroup;
  readonly functions: readonly PortalFunction[];
  readonly failedInvocations: IQueue;
  readonly table: ITableV2;
  readonly alarmEmail?: string;
  /** 0 creates no budget. */
  readonly monthlyBudgetUsd: number;
}

const FIVE_MINUTES = Duration.minutes(5);

/** Every DynamoDB operation the functions' roles allow (no Scan): nine metrics, under the ten an alarm may use. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

/** Below this many requests in five minutes a rate says nothing (one 5xx at night is not 100 % down). */
const MIN_REQUESTS_FOR_A_RATE = 20;

/**
 * What tells the operator that something is wrong, by mail: one SNS topic, the alarms
 * on it, a budget, and one dashboard with the same signals. Every alarm treats missing
 * data as fine, because a quiet portal at night is not an incident.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.prefix = props.namePrefix;
    const stack = Stack.of(this);

    this.topic = new Topic(this, 'Alarms', {
      topicName: `${props.namePrefix}-alarms`,
      displayName: `Guichet ${props.namePrefix} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm and budget notifications carry metric names and thresholds, no personal data; the AWS managed SNS key cannot be used by CloudWatch alarms or Budgets, and a customer managed key only for this is a cost without a protection.',
    });

    const requests = props.api.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' });
    const serverErrors = props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    const serverErrorRate = new MathExpression({
      label: 'API 5xx (% of requests)',
      expression: `IF(requests >= ${MIN_REQUESTS_FOR_A_RATE}, 100 * errors / requests, 0)`,
      usingMetrics: { requests, errors: serverErrors },
      period: FIVE_MINUTES,
    });
    this.alarm('Api5xxRate', serverErrorRate, {
      description: 'More than 5 % of API requests answered 5xx in two of the last three 5-minute periods.',
      threshold: 5,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });

    // HTTP APIs publish 4xx but not 429 alone; the access log has the status, so a
    // metric filter counts exactly the 429s (stage throttling and the app's own limits).
    const throttledRequests = new MetricFilter(this, 'Api429Filter', {
      logGroup: props.apiAccessLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: `Guichet/${props.namePrefix}`,
      metricName: 'Api429',
      metricValue: '1',
      defaultValue: 0,
    }).metric({ period: FIVE_MINUTES, statistic: 'Sum' });
    const throttledRate = new MathExpression({
      label: 'API 429 (% of requests)',
      expression: `IF(requests >= ${MIN_REQUESTS_FOR_A_RATE}, 100 * throttled / requests, 0)`,
      usingMetrics: { requests, throttled: throttledRequests },
      period: FIVE_MINUTES,
    });
    this.alarm('Api429Rate', throttledRate, {
      description:
        'More than 1 % of API requests answered 429 (stage throttle or sign-in limits): real applicants are being turned away; raise apiThrottleRate or look for a flood.',
      threshold: 1,
    });

    const functionWidgets: GraphWidget[] = [];
    for (const fn of props.functions) {
      const name = fn.node.id;
      const errors = fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
      const throttles = fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
      const p99 = fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' });
      const nearTimeoutMs = Math.round(fn.timeoutLimit.toMilliseconds() * 0.8);
      this.alarm(`${name}Errors`, errors, {
        description: `The ${name} function failed (uncaught error, crash or timeout).`,
        threshold: 1,
      });
      this.alarm(`${name}Throttles`, throttles, {
        description: `The ${name} function was throttled: the account's concurrency quota or its reservation is too low.`,
        threshold: 1,
      });
      this.alarm(`${name}DurationP99`, p99, {
        description: `The ${name} function's p99 duration passed 80 % of its ${fn.timeoutLimit.toSeconds()} s timeout.`,
        threshold: nearTimeoutMs,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
      });
      functionWidgets.push(
        new GraphWidget({ title: `${name}: errors and throttles`, left: [errors, throttles], width: 8 }),
        new GraphWidget({
          title: `${name}: duration p99 (ms)`,
          left: [p99],
          leftAnnotations: [{ value: nearTimeoutMs, label: '80 % of timeout' } satisfies HorizontalAnnotation],
          width: 8,
        }),
      );
    }

    const failed = props.failedInvocations.metricApproximateNumberOfMessagesVisible({
      period: FIVE_MINUTES,
      statistic: 'Maximum',
    });
    this.alarm('FailedInvocations', failed, {
      description: 'An upload check or a scheduler run failed after its retries and is waiting in the failed-invocations queue.',
      threshold: 1,
    });

    const tableThrottles = props.table.metricThrottledRequestsForOperations({
      operations: TABLE_OPERATIONS,
      period: FIVE_MINUTES,
    });
    const tableSystemErrors = props.table.metricSystemErrorsForOperations({
      operations: TABLE_OPERATIONS,
      period: FIVE_MINUTES,
    });
    this.alarm('TableThrottles', tableThrottles, {
      description: 'DynamoDB throttled requests on the table (on-demand can throttle past twice its previous peak).',
      threshold: 1,
    });
    this.alarm('TableSystemErrors', tableSystemErrors, {
      description: 'DynamoDB answered requests with a 500 (service-side errors).',
      threshold: 1,
    });

    // Account-level reputation: the figures SES reviews (5 % bounces, 0.1 % complaints)
    // and pauses sending on (10 %, 0.5 %). They are published without a configuration
    // set, so these alarms work before the mailer names one.
    const bounceRate = new Metric({
      namespace: 'AWS/SES',
      metricName: 'Reputation.BounceRate',
      statistic: 'Maximum',
      period: Duration.hours(1),
    });
    const complaintRate = new Metric({
      namespace: 'AWS/SES',
      metricName: 'Reputation.ComplaintRate',
      statistic: 'Maximum',
      period: Duration.hours(1),
    });
    this.alarm('SesBounceRate', bounceRate, {
      description: 'SES bounce rate above 4 %: AWS reviews the account at 5 % and pauses sending at 10 %.',
      threshold: 0.04,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    this.alarm('SesComplaintRate', complaintRate, {
      description: 'SES complaint rate above 0.08 %: AWS reviews the account at 0.1 % and pauses sending at 0.5 %.',
      threshold: 0.0008,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });

    if (props.monthlyBudgetUsd > 0) this.budget(props.monthlyBudgetUsd, stack);

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.namePrefix,
      defaultInterval: Duration.hours(24),
      widgets: [
        [
          new TextWidget({
            markdown: `# Guichet ${props.namePrefix}\nEvery alarm below mails the \`${props.namePrefix}-alarms\` topic.`,
            width: 24,
            height: 2,
          }),
        ],
        [new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          new GraphWidget({ title: 'API requests', left: [requests], width: 8 }),
          new GraphWidget({ title: 'API 5xx and 429 (% of requests)', left: [serverErrorRate, throttledRate], width: 8 }),
          new GraphWidget({ title: 'Failed invocations waiting', left: [failed], width: 8 }),
        ],
        functionWidgets,
        [
          // One math expression per graph: both name their per-operation metrics alike.
          new GraphWidget({ title: 'DynamoDB throttled requests', left: [tableThrottles], width: 8 }),
          new GraphWidget({ title: 'DynamoDB system errors', left: [tableSystemErrors], width: 8 }),
          new GraphWidget({ title: 'SES bounce and complaint rates', left: [bounceRate, complaintRate], width: 8 }),
        ],
      ],
    });
  }

  private alarm(
    id: string,
    metric: IMetric,
    options: {
      description: string;
      threshold: number;
      evaluationPeriods?: number;
      datapointsToAlarm?: number;
      comparison?: ComparisonOperator;
    },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${this.prefix}-${kebab(id)}`,
      alarmDescription: options.description,
      metric,
      threshold: options.threshold,
      comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      datapointsToAlarm: options.datapointsToAlarm,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }

  /**
   * A monthly cost budget on the whole account (the bill the operator pays; a budget
   * filtered on a cost-allocation tag stays silently at zero until someone activates
   * the tag): mail at 80 % of actual spend and at 100 % of the forecast.
   */
  private budget(limitUsd: number, stack: Stack): void {
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'BudgetsPublish',
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal('budgets.amazonaws.com')],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    const subscribers = [{ subscriptionType: 'SNS', address: this.topic.topicArn }];
    new CfnBudget(this, 'Budget', {
      budget: {
        budgetName: `${this.prefix}-monthly`,
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: limitUsd, unit: 'USD' },
      },
      notificationsWithSubscribers: [
        {
          notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 80, thresholdType: 'PERCENTAGE' },
          subscribers,
        },
        {
          notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' },
          subscribers,
        },
      ],
    });
  }
}

/** `DocumentsFnErrors` → `documents-fn-errors`, `Api5xxRate` → `api5xx-rate`. */
function kebab(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
