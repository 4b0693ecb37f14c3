import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Two projects: `node` runs the domain, API (against the real emulators started once
 * by globalSetup) and infra tests; `jsdom` runs the SolidJS component tests.
 * Browser journeys live apart in test/e2e with their own config.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/functions/**/*.test.ts', 'test/infra/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/frontend/**/*.test.tsx'],
          setupFiles: ['test/frontend/setup.ts'],
        },
      },
    ],
  },
});
