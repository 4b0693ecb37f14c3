/**
 * Setup for the jsdom component tests: jest-dom matchers, and a clean page,
 * language and fetch between tests so no test depends on another's leftovers.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@solidjs/testing-library';
import { afterEach, vi } from 'vitest';

// Applicant pages are lazy-loaded chunks: the first render of one waits for its import.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: the router's scroll-to-top on navigation would only log "Not implemented".
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.lang = 'fr';
  document.title = '';
});
