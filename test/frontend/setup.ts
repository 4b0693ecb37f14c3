/**
 * Setup for the jsdom component tests: jest-dom matchers, and a clean page,
 * language and fetch between tests so no test depends on another's leftovers.
 * A test whose API stand-in answered something the real API would not (see
 * support/api-harness.ts) fails here, even if the SPA swallowed the error.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@solidjs/testing-library';
import { afterEach, beforeAll, vi } from 'vitest';
import { apiRoutes, takeApiViolations } from './support/api-harness';

// Applicant pages are lazy-loaded chunks: the first render of one waits for its import.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: the router's scroll-to-top on navigation would only log "Not implemented".
window.scrollTo = () => undefined;

// Reads the API's routes before the first test, so no test's time budget pays for building the app.
beforeAll(() => {
  apiRoutes();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.lang = 'fr';
  document.title = '';
  const violations = takeApiViolations();
  if (violations.length > 0)
    throw new Error(`The API stand-in was used in a way the real API does not allow:\n\n${violations.join('\n\n')}`);
});
