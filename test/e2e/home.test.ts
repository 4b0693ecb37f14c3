/**
 * Journey 0, the front door: the home page lists the open programmes from the API,
 * a programme page opens, the language switch works, on a phone and a desktop,
 * with no axe-core violation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('home and programme pages on a %s', (name, viewport) => {
  it('lists both demo programmes in French, opens one, and switches to English', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const errors = collectErrors(page);

    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/\.(js|css)$/.test(response.url())) scripts.push(response.text());
    });
    await page.goto('/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    const cards = page.getByRole('heading', { level: 3 });
    await cards.first().waitFor();
    // Other journeys in the same run may publish more programmes; the two demo ones are always there, in order.
    expect((await cards.allTextContents()).filter((title) => /Innovation sociale|amorçage ESS/.test(title))).toEqual([
      'Appel à projets Innovation sociale',
      "Fonds d'amorçage ESS",
    ]);
    await expect.poll(() => page.getByText(/De 1\s000\s€ à 30\s000\s€/).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, `home-${name}`);
    // The staff area's code, messages and styles stay out of what a visitor downloads.
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded.filter((code) => /builder\.move\.publish|review\.rubric\.submit|\.builder-form|\.staff-nav/.test(code))).toEqual([]);

    await page.getByRole('link', { name: "Fonds d'amorçage ESS" }).click();
    await page.getByRole('heading', { level: 1, name: "Fonds d'amorçage ESS" }).waitFor();
    expect(page.url()).toMatch(/\/programmes\/amorcage-ess$/);
    await expect.poll(() => page.title()).toMatch(/Fonds d'amorçage ESS — Guichet ESS/);
    expect(await page.getByText('Avis de situation SIRENE').count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, `program-${name}`);

    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'ESS seed fund' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ESS seed fund' }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('unknown addresses', () => {
  it('shows a French "page not found" for an unknown page and a problem+json 404 for an unknown API route', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/nulle-part');
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await expectNoAxeViolations(page);

    const api = await page.request.get('/api/nulle-part');
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toMatch(/^application\/problem\+json/);
    await context.close();
  });
});
