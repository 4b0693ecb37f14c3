import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: one real `npm start`-style server (embedded DynamoDB Local +
 * s3rver, fresh data folder) for the whole run, driven by Debian's Chromium.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
