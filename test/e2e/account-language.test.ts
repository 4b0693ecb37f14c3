/**
 * The account keeps the language chosen in the interface, in a real browser against
 * the local stack: a newcomer who signs in from the English interface gets English
 * emails; switching to French while signed in makes the account French (PATCH /api/me),
 * so the next code arrives in French even when asked for from the English interface.
 * axe-core must find nothing on the pages along the way, on a phone and a desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFor, mailsTo } from './support/applicant';
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

async function check(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name);
}

/** The account's language as the API holds it, read with the page's own session. */
const accountLocale = (page: Page) =>
  page.evaluate(
    async () => ((await (await fetch('/api/me', { headers: { Accept: 'application/json' } })).json()) as { locale: string }).locale,
  );

/** Clicks a language button in the header and, signed in, waits for the account to follow. */
async function switchTo(page: Page, code: 'FR' | 'EN', signedIn: boolean) {
  const button = page.getByRole('group', { name: 'Langue / Language' }).getByRole('button', { name: new RegExp(`^${code}`) });
  if (!signedIn) return button.click();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === '/api/me'),
    button.click(),
  ]);
  expect(response.status()).toBe(200);
}

async function signInFromEnglish(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByRole('button', { name: 'Get a code' }).click();
  await page.getByText(/We have sent a 6-digit code to/).waitFor();
  await page.getByRole('textbox', { name: '6-digit code' }).fill(await codeFor(page, email));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/demandes$/);
}

describe('the language of the account', () => {
  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', { ...DESKTOP, width: 1366 }],
  ] as const) {
    it(`follows the interface, and the emails follow the account (${label})`, async () => {
      const email = `langue-${label}-${Date.now()}@example.org`;
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const errors = collectErrors(page);

      // A newcomer switches to English before signing in: the code comes in English, the account is English.
      await page.goto('/connexion');
      await switchTo(page, 'EN', false);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await check(page, `account-language-sign-in-en-${label}`);
      await signInFromEnglish(page, email);
      expect((await mailsTo(page, email))[0]?.subject).toMatch(/^Your Guichet sign-in code: \d{6}$/);
      expect(await accountLocale(page)).toBe('en');
      await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
      await check(page, `account-language-signed-in-en-${label}`);

      // Switching while signed in changes the account too.
      await switchTo(page, 'FR', true);
      await page.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
      expect(await accountLocale(page)).toBe('fr');
      await check(page, `account-language-signed-in-fr-${label}`);

      // Signed out, someone asks for a code from the English interface: the account's French wins.
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/connexion');
      await switchTo(page, 'EN', false);
      const before = (await mailsTo(page, email)).length;
      await page.getByRole('textbox', { name: 'Email address' }).fill(email);
      await page.getByRole('button', { name: 'Get a code' }).click();
      await page.getByText(/We have sent a 6-digit code to/).waitFor();
      await expect.poll(async () => (await mailsTo(page, email)).length).toBe(before + 1);
      const code = (await mailsTo(page, email))[0];
      expect(code?.subject).toMatch(/^Votre code de connexion Guichet : \d{6}$/);
      expect(code?.text).toContain('Guichet ESS');

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
