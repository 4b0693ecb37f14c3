import { configDefaults, defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Four projects, split by what they need rather than by folder:
 * - `unit` (node): the pure domain rules, the config parser, the architecture rules
 *   (test/*.test.ts) and any pure frontend logic. No emulator: seconds.
 * - `components` (jsdom): the SolidJS component tests, against the shared API
 *   harness (test/frontend/support/api-harness.ts), which checks every answer it
 *   gives against the real routes' response schemas. No emulator either.
 * - `infra` (node): the CDK template assertions, the deploy plan and the workflows;
 *   no emulator, but each synth costs seconds, so it stays out of the quick loop.
 * - `integration` (node): every other backend test (API, security, store, lambda,
 *   local stack, and the smoke check against a real `npm start`) against DynamoDB
 *   Local and s3rver, started once per run by test/global-setup.ts. A new backend
 *   test lands here unless it is a domain test.
 * Browser journeys live apart in test/e2e with their own config.
 */
const pureBackend = ['test/functions/domain/**/*.test.ts', 'test/functions/config.test.ts'];
/** Starts the local stack (DynamoDB Local included) as `npm start` does. */
const needsLocalStack = ['test/infra/smoke.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/*.test.ts', ...pureBackend, 'test/frontend/**/*.test.ts'],
          setupFiles: ['test/setup-env.ts', 'test/unit-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'infra',
          environment: 'node',
          include: ['test/infra/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...needsLocalStack],
          setupFiles: ['test/setup-env.ts', 'test/unit-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/frontend/**/*.test.tsx'],
          setupFiles: ['test/unit-setup.ts', 'test/frontend/setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/functions/**/*.test.ts', ...needsLocalStack],
          exclude: [...configDefaults.exclude, ...pureBackend],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
