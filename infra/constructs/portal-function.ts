import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing, type IDestination } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LAMBDA_ENTRY, LOCK_FILE, REPO_ROOT } from '../paths';

/** The exports of functions/src/lambda.ts. */
export type HandlerName = 'api' | 'documents' | 'scheduler';

export interface PortalFunctionProps {
  /** Which export of functions/src/lambda.ts this function runs. */
  readonly handler: HandlerName;
  readonly description: string;
  /** @default 512 — the bundled SDK clients dominate cold start, and CPU scales with memory. */
  readonly memorySize?: number;
  /** @default 10 seconds; must stay under 30 s, API Gateway's integration limit. */
  readonly timeout?: Duration;
  /** @default none — reserved concurrency fails to deploy on accounts with a low concurrency quota. */
  readonly reservedConcurrentExecutions?: number;
  /** Where asynchronous invocations (S3, EventBridge) land once their retries are spent. */
  readonly onFailure?: IDestination;
  /** @default 2 when `onFailure` is set */
  readonly retryAttempts?: number;
  /** @default false — X-Ray needs `xray:Put*` on `*`, so it is opt-in. */
  readonly tracing?: boolean;
  readonly environment?: Record<string, string>;
  /** @default false — production protects its logs; a protected group also survives a rollback. */
  readonly logDeletionProtection?: boolean;
}

/** The receipt's font files (Liberation Sans, OFL), read at run time from `fonts/` beside the bundle. */
export const RECEIPT_FONTS = 'functions/src/receipt/fonts';

/** Loads the CommonJS `require` that some bundled dependencies still call from an ESM bundle. */
const ESM_REQUIRE_SHIM = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

const MAX_TIMEOUT_SECONDS = 30;

const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
/** ConditionCheckItem covers the condition-only members of TransactWriteItems. No Scan: request paths never scan. */
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * Every Guichet Lambda: one ESM bundle of functions/src/lambda.ts built by the local
 * esbuild (never Docker), Node 22 on Graviton, its own log group with a retention, and a
 * role that can write only to that log group until a `bind…`/grant call adds more.
 * The role is explicit so no AWS managed policy (and its `logs:*` on `*`) is attached.
 */
export class PortalFunction extends NodejsFunction {
  /** The configured timeout, which the duration alarm compares p99 against. */
  readonly timeoutLimit: Duration;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    const timeout = props.timeout ?? Duration.seconds(10);
    if (timeout.toSeconds() >= MAX_TIMEOUT_SECONDS) {
      throw new Error(`${id}: timeout must stay under ${MAX_TIMEOUT_SECONDS} s`);
    }
    // A generated name (it starts with the stack's, so it carries the stage) never
    // collides with the leftover of a failed first deploy.
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      deletionProtectionEnabled: props.logDeletionProtection ?? false,
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Guichet ${props.handler} function`,
    });
    super(scope, id, {
      description: props.description,
      entry: LAMBDA_ENTRY,
      handler: props.handler,
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout,
      role,
      logGroup,
      tracing: props.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      onFailure: props.onFailure,
      retryAttempts: props.onFailure ? (props.retryAttempts ?? 2) : props.retryAttempts,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_SHIM,
        // Bundle the SDK v3 version the lock file pins instead of trusting the runtime's copy.
        externalModules: [],
        // The deposit receipt reads its font files beside the code (functions/src/receipt/fonts.ts
        // resolves ./fonts/ from import.meta.url): copy them next to index.mjs.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [`cp -R "${inputDir}/${RECEIPT_FONTS}" "${outputDir}/fonts"`],
        },
      },
    });
    this.timeoutLimit = timeout;
    logGroup.grantWrite(role);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 on purpose: the bundle targets node22 and the code is developed and tested on Node 20/22; moving to 24 is a separate, tested upgrade.',
    });
    if (props.tracing) {
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
      });
    }
  }

  /**
   * Grants exactly the DynamoDB actions `accessMode` needs on the table (and Query on the
   * named indexes, never `index/*`), and tells the code which table to use.
   */
  bindTable({ table, accessMode, indexes = [] }: BindTableOptions): void {
    const actions = accessMode === 'RO' ? READ_ACTIONS : [...READ_ACTIONS, ...WRITE_ACTIONS];
    Grant.addToPrincipal({ grantee: this, actions, resourceArns: [table.tableArn] });
    if (indexes.length > 0) {
      Grant.addToPrincipal({
        grantee: this,
        actions: ['dynamodb:Query'],
        resourceArns: indexes.map((name) => `${table.tableArn}/index/${name}`),
      });
    }
    this.addEnvironment('TABLE_NAME', table.tableName);
  }
}

export interface BindTableOptions {
  readonly table: ITable;
  /** RO: keyed reads and Queries. RW: adds item writes and transaction condition checks. */
  readonly accessMode: 'RO' | 'RW';
  /** GSIs the function queries. */
  readonly indexes?: readonly string[];
}
