/**
 * Fault injection for API tests: the emulators never throttle, time out or answer
 * 500, so a middleware on the app's own SDK clients fails the next N commands of a
 * given name with the error AWS would give. Everything else is real: the request
 * goes through the real routes, services and adapters, and the table is read back.
 *
 * `withFaults(t)` rebuilds the test context's app on clients that carry the
 * injector, and wraps its mailer so a test can make the mail relay refuse too.
 */
import { createApp } from '../../functions/src/app';
import { createDynamoClient, createS3Client } from '../../functions/src/store/clients';
import { createDynamoStore } from '../../functions/src/store/dynamo-store';
import { createS3Documents } from '../../functions/src/store/s3-documents';
import type { TestContext } from './deps';

/** An error shaped as the SDK deserialises it: a name, a fault side and an HTTP status. */
function awsError(name: string, status: number, message: string): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts: 1 },
  });
}

/** The errors tests inject, each a fresh instance per throw (the SDK annotates them). */
export const FAULTS = {
  provisionedThroughput: () =>
    awsError('ProvisionedThroughputExceededException', 400, 'The level of configured provisioned throughput for the table was exceeded.'),
  throttling: () => awsError('ThrottlingException', 400, 'Rate of requests exceeds the allowed throughput.'),
  requestLimit: () => awsError('RequestLimitExceeded', 400, 'Throughput exceeds the current throughput limit for your account.'),
  /** What the SDK's HTTP handler throws when the socket or the connection times out. */
  timeout: () => Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' }),
  abort: () => Object.assign(new Error('Request aborted'), { name: 'AbortError' }),
  s3InternalError: () => awsError('InternalError', 500, 'We encountered an internal error. Please try again.'),
  /** What SES answers when the account is over its sending rate. */
  sesThrottled: () => awsError('TooManyRequestsException', 429, 'Maximum sending rate exceeded.'),
} as const;

/**
 * Where the fault sits: `initialize` is above the SDK's own retries (the fault
 * outlasts them, as a persistent throttle does); `finalizeRequest` is below them
 * (one transient fault the SDK may absorb by retrying).
 */
export type FaultStep = 'initialize' | 'finalizeRequest';

type Rule = { command: string; times: number; error: () => Error };

export type Faults = {
  /** Fails the next `times` DynamoDB commands named `command` (e.g. `TransactWriteItemsCommand`, or `*`). */
  dynamo(command: string, error: () => Error, times?: number): void;
  /** Fails the next `times` S3 commands named `command` (e.g. `HeadObjectCommand`, or `*`). */
  s3(command: string, error: () => Error, times?: number): void;
  /** Makes the next `times` mails fail to send. */
  mail(times?: number, error?: () => Error): void;
  /** How many injected faults have not fired yet. */
  pending(): number;
  /** How many commands, by name, each client has sent since the last clear (faulted ones included). */
  sent: { dynamo: string[]; s3: string[] };
  clear(): void;
};

function injector(rules: Rule[], log: string[]) {
  return <A, R>(next: (args: A) => Promise<R>, context: { commandName?: string }) =>
    async (args: A): Promise<R> => {
      const name = context.commandName ?? '';
      log.push(name);
      const rule = rules.find((r) => r.times > 0 && (r.command === '*' || r.command === name));
      if (rule) {
        rule.times -= 1;
        throw rule.error();
      }
      return next(args);
    };
}

/** Rebuilds `t.app` (and `t.deps`) on clients carrying the injector; returns the controls. */
export function withFaults(t: TestContext, options: { step?: FaultStep } = {}): Faults {
  const dynamoRules: Rule[] = [];
  const s3Rules: Rule[] = [];
  const mailRule: Rule = { command: 'send', times: 0, error: FAULTS.sesThrottled };
  const sent = { dynamo: [] as string[], s3: [] as string[] };
  // Lowest priority within its step: inside the store's translation and the transaction-conflict retry.
  const placement = { step: options.step ?? 'initialize', priority: 'low', name: 'injectFaults' } as never;

  const db = createDynamoClient(t.config);
  db.middlewareStack.add(injector(dynamoRules, sent.dynamo) as never, placement);
  const s3 = createS3Client(t.config);
  s3.middlewareStack.add(injector(s3Rules, sent.s3) as never, placement);

  const mailer = t.deps.mailer;
  t.deps = {
    ...t.deps,
    store: createDynamoStore(db, t.config.tableName),
    documents: createS3Documents(s3, t.config.documentsBucket),
    mailer: {
      async send(mail) {
        if (mailRule.times > 0) {
          mailRule.times -= 1;
          throw mailRule.error();
        }
        await mailer.send(mail);
      },
    },
  };
  t.app = createApp(t.deps);

  return {
    dynamo: (command, error, times = 1) => void dynamoRules.push({ command, error, times }),
    s3: (command, error, times = 1) => void s3Rules.push({ command, error, times }),
    mail: (times = 1, error = FAULTS.sesThrottled) => {
      mailRule.times = times;
      mailRule.error = error;
    },
    pending: () => [...dynamoRules, ...s3Rules, mailRule].reduce((n, r) => n + r.times, 0),
    sent,
    clear: () => {
      dynamoRules.length = 0;
      s3Rules.length = 0;
      mailRule.times = 0;
      sent.dynamo.length = 0;
      sent.s3.length = 0;
    },
  };
}
