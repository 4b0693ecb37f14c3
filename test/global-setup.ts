/**
 * Starts one emulator pair for the whole `node` test run: DynamoDB Local in memory
 * and s3rver on a temporary folder. Each test file then creates its own table and
 * bucket on them (test/support/deps.ts), so files run in parallel without sharing state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../functions/src/local/free-port';
import { startEmulators } from '../functions/src/local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const s3Directory = mkdtempSync(join(tmpdir(), 'guichet-test-s3-'));
  const emulators = await startEmulators({
    dynamoPort: await freePort(),
    dynamoDataDir: null,
    s3Directory,
    bucket: 'guichet-test-bootstrap',
    tableName: null,
    siteOrigins: ['http://localhost:3000'],
  });
  project.provide('dynamodbEndpoint', emulators.dynamodbEndpoint);
  project.provide('s3Endpoint', emulators.s3Endpoint);
  return async () => {
    await emulators.stop();
    rmSync(s3Directory, { recursive: true, force: true });
  };
}
