/**
 * The application page offers the deposit receipt once the file has been sent in, and
 * not while it is a draft or reopened for changes (the API has no receipt then).
 */
import { screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import { amorcage, jsonResponse } from '../fixtures';
import { events, messages, view } from './application-fixtures';
import { renderJourney, signedIn, stubApi } from './journey-harness';

function pageOf(status: ApplicationStatus, submitted: boolean) {
  stubApi({
    ...signedIn,
    'GET /api/applications/app_1': () => jsonResponse(view(submitted ? { status } : { status, reference: null, submittedAt: null })),
    'GET /api/applications/app_1/events': () => jsonResponse({ items: events }),
    'GET /api/applications/app_1/messages': () => jsonResponse({ items: messages }),
    'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
  });
  return renderJourney('/demandes/app_1');
}

describe('the deposit receipt on the application page', { timeout: 30_000 }, () => {
  it.each(['submitted', 'in_review', 'approved', 'withdrawn'] as const)('is offered as a PDF download once %s', async (status) => {
    pageOf(status, true);
    const link = await screen.findByRole('link', { name: 'Télécharger le récépissé (PDF)' });
    expect(link).toHaveAttribute('href', '/api/applications/app_1/receipt.pdf');
    expect(link).toHaveAttribute('download');
  });

  it.each([
    ['draft', false],
    ['changes_requested', true],
  ] as const)('is not offered while %s', async (status, submitted) => {
    pageOf(status, submitted);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /récépissé/ })).toBeNull();
  });
});
