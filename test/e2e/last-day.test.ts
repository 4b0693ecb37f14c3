/**
 * A call in its last week, in a real browser against the local stack: the form header,
 * the draft's page and its "Mes demandes" card state the deadline with its day, minute
 * and time zone ("à 23 h 59, heure de Paris") and how long is left; axe-core finds
 * nothing, nothing scrolls sideways, on a phone (390 px) and a desktop (1366 px).
 *
 * The last-day scenario itself (a submission at 23:00 Paris accepted, one at 00:01 the
 * next day refused, the grace) needs the server's clock moved. The e2e stack is one
 * `npm start` shared by every journey, with the real clock, and moving it would move it
 * for all of them: that scenario is proved through the HTTP API in
 * test/functions/deadlines/last-day.test.ts instead.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisToday } from '../../functions/src/domain/calendar';
import { parisLocalToIso } from '../../functions/src/domain/paris-time';
import { signInAs } from './support/applicant';
import {
  PHONE,
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser';

const MANAGER = 'gestionnaire@demo.example.org';
const PROGRAM = 'derniere-semaine';
const WIDE = { width: 1366, height: 900 };
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A JSON call from the page, with its session and its own origin. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/** 23:59 Paris, three Paris days from now. */
function closingInThreeDays(): string {
  const instant = parisLocalToIso(parisToday(new Date(Date.now() + 3 * DAY)), '23:59');
  if (!instant.ok) throw new Error('23:59 exists every day');
  return instant.iso;
}

describe('a call in its last week', () => {
  it('shows the deadline with its minute and the time left in the form header, on the draft page and on its card', async () => {
    // The manager publishes a copy of the seed fund that closes in three days at 23:59 Paris.
    const staff = await (await newContext(browser, WIDE)).newPage();
    await signInAs(staff, MANAGER, /\/gestion$/);
    const seed = (await api(staff, 'GET', '/api/programs/amorcage-ess')).body as Record<string, unknown>;
    const { version: _v, createdAt: _c, updatedAt: _u, ...input } = seed;
    // Its own title, so journeys that list the demo programmes by name never see two "Fonds d'amorçage ESS".
    // and its own floor, so the seed fund's "De 1 000 € à 30 000 €" stays unique on the home page too.
    const title = { fr: 'Fonds de dernière semaine', en: 'Last-week fund' };
    const rules = { ...(input.rules as Record<string, unknown>), minAmountCents: 150_000 };
    const copy = { ...input, id: PROGRAM, title, rules, referencePrefix: 'DS', closesAt: closingInThreeDays() };
    const created = await api(staff, 'POST', '/api/programs', copy);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // Created as a draft, then published (the builder's two steps).
    const published = await api(staff, 'PUT', `/api/programs/${PROGRAM}`, { ...copy, status: 'published', version: 1 });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    for (const [viewport, label] of [
      [PHONE, '390'],
      [WIDE, '1366'],
    ] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      const errors = collectErrors(page);
      await signInAs(page, `derniere-${label}@example.org`, /\/demandes$/);
      const draft = await api(page, 'POST', '/api/applications', { programId: PROGRAM });
      expect(draft.status).toBe(201);
      const id = (draft.body as { application: { id: string } }).application.id;

      await page.goto(`/demandes/${id}/modifier`);
      const header = page.locator('.form-deadline');
      await header.waitFor();
      expect(await header.textContent()).toMatch(/^Date limite de dépôt\s:\s\d{1,2} \S+ \d{4} à 23 h 59, heure de Paris Plus que 3 jours$/);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `last-day-form-header-${label}`);

      await page.goto(`/demandes/${id}`);
      await page.getByText('Plus que 3 jours').waitFor();
      expect(await page.locator('.deadline').textContent()).toContain('à 23 h 59, heure de Paris');
      await expectNoAxeViolations(page);
      await screenshot(page, `last-day-application-page-${label}`);

      await page.goto('/demandes');
      const card = page.getByRole('article').filter({ hasText: 'Plus que 3 jours' });
      await card.waitFor();
      expect(await card.textContent()).toMatch(/Date limite de dépôt\d{1,2} \S+ \d{4} à 23 h 59, heure de Paris/);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `last-day-my-applications-${label}`);
      expect(errors).toEqual([]);
    }
  });
});
