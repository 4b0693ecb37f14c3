/**
 * Setup for the emulator-free projects (`unit`, `components`): they have no
 * globalSetup, so neither DynamoDB Local nor s3rver runs for them. This guard fails
 * every file of these projects if an emulator endpoint is ever provided to them
 * (someone moving test/global-setup.ts up to the root config, say), so
 * `npm run test:unit` stays the seconds-long loop it is meant to be.
 */
import { inject } from 'vitest';

for (const key of ['dynamodbEndpoint', 's3Endpoint'] as const) {
  if (inject(key) !== undefined) {
    throw new Error(`An emulator (${key}) was started for an emulator-free project: test/global-setup.ts belongs to \`integration\` only`);
  }
}
