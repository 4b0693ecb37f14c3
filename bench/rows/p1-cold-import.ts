/**
 * P1: the cold `import()` of the Lambda bundle against a floor bundle (Hono and the
 * DynamoDB and S3 clients, built and doing nothing), both built by esbuild with the
 * options the CDK construct uses, each imported in a fresh Node process, interleaved.
 * The time is measured inside the process around the import, so Node's own start-up
 * is not counted in either.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { RowResult } from '../support/row';
import { round, summarise } from '../support/stats';

const run = promisify(execFile);
const SHIM = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

const FLOOR = `
import { Hono } from 'hono';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const app = new Hono().get('/', (c) => c.text('ok'));
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-3' }));
const s3 = new S3Client({ region: 'eu-west-3' });
export const handler = async () => ({ app, db, s3 });
`;

/** The Lambda environment the bundle's cold start reads; any AWS call would hit a closed loopback port. */
const ENV = {
  PATH: process.env.PATH ?? '',
  APP_MODE: 'aws',
  TABLE_NAME: 'guichet-table',
  DOCUMENTS_BUCKET: 'guichet-documents-111122223333-eu-west-3',
  DOCUMENTS_BUCKET_ORIGIN: 'https://guichet-documents-111122223333-eu-west-3.s3.eu-west-3.amazonaws.com',
  SITE_ORIGIN: 'https://d111111abcdef8.cloudfront.net',
  MAIL_FROM: 'no-reply@example.org',
  SESSION_SECRET_PARAMETER: '/guichet/otp-hmac-secret',
  AWS_REGION: 'eu-west-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
};

async function bundle(entry: string, outfile: string) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    banner: { js: SHIM },
    logLevel: 'silent',
  });
  const bytes = readFileSync(outfile);
  return { bytes: bytes.length, gzip: gzipSync(bytes).length };
}

async function importMs(file: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: ENV, timeout: 30_000 });
  return Number(stdout.trim().split('\n').pop());
}

export async function p1ColdImport(reps: number): Promise<RowResult> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-p1-'));
  try {
    // The floor's entry sits in the project (bench/results, not committed) so its packages resolve like the real entry's.
    mkdirSync(resolve('bench/results'), { recursive: true });
    const floorEntry = resolve('bench/results/floor-entry.mjs');
    writeFileSync(floorEntry, FLOOR);
    const api = await bundle(resolve('functions/src/lambda.ts'), join(dir, 'api.mjs'));
    const floor = await bundle(floorEntry, join(dir, 'floor.mjs'));
    rmSync(floorEntry);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const floorMs = await importMs(join(dir, 'floor.mjs'));
      const apiMs = await importMs(join(dir, 'api.mjs'));
      if (i > 0) {
        a.push(floorMs);
        b.push(apiMs);
      }
    }
    const base = summarise(a);
    const subject = summarise(b);
    const ratio = round(subject.p50 / base.p50);
    const kb = (n: number) => `${round(n / 1024, 0)} KiB`;
    return {
      id: 'P1',
      what: 'cold import() of the Lambda bundle vs a floor bundle (Hono + DynamoDB and S3 clients)',
      goal: '≤ 1.25×',
      figure: `${ratio}× (${subject.p50} vs ${base.p50} ms p50; ${kb(api.bytes)} / ${kb(api.gzip)} gzip vs ${kb(floor.bytes)} / ${kb(floor.gzip)})`,
      met: ratio <= 1.25,
      details: { reps, api: { ...api, import: subject }, floor: { ...floor, import: base }, apiFile: statSync(join(dir, 'api.mjs')).size },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
