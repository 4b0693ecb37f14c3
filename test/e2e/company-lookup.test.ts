/**
 * The SIRENE lookup on a phone (390 px), in French, against the local stack's fixture:
 * a new draft already knows the account's email as contact; a valid SIRET offers
 * "Remplir depuis le répertoire SIRENE", which fills the name, legal form, address and
 * creation date; an unknown SIRET says to type the fields. axe-core must find nothing;
 * screenshots at 390 px and 1366 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOn, signInAs } from './support/applicant';
import {
  PHONE,
  baseUrl,
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser';

const WIDE = { width: 1366, height: 900 };

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
  // The lookup as the person sees it on their screen, beside the whole page.
  await page.screenshot({ path: `test-results/${name}-view.png` });
}

describe('SIRENE lookup on a phone', () => {
  it('fills the organisation from the register, and says to type it when the SIRET is unknown', async () => {
    const email = `sirene-${Date.now()}@example.org`;
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signInAs(page, email, /\/demandes$/);

    const id = await draftOn(page, 'amorcage-ess');
    await page.goto(`${baseUrl()}/demandes/${id}/modifier/organisation`);
    const siret = page.getByRole('textbox', { name: /^Numéro SIRET/ });
    await siret.waitFor();
    // Tell us once: the contact email is the account's until the person changes it.
    expect(await page.getByRole('textbox', { name: /^Adresse e-mail/ }).inputValue()).toBe(email);

    await siret.fill('845 678 901 00016');
    const fill = page.getByRole('button', { name: 'Remplir depuis le répertoire SIRENE' });
    await fill.click();
    await page.getByText(/^Rempli depuis le répertoire SIRENE/).waitFor();
    expect(await page.getByRole('textbox', { name: /^Nom de la structure/ }).inputValue()).toBe("SCIC Énergies Citoyennes de l'Arrageois");
    expect(await page.getByRole('combobox', { name: /^Forme juridique/ }).inputValue()).toBe('scic');
    expect(await page.getByRole('textbox', { name: /^Numéro et rue/ }).inputValue()).toBe('2 allée des Tilleuls');
    expect(await page.getByRole('textbox', { name: /^Commune/ }).inputValue()).toBe('Saint-Nicolas');
    await fill.scrollIntoViewIfNeeded();
    await check(page, 'company-lookup-phone');

    // An unknown SIRET: the person is told to type, the form stays usable.
    await siret.fill('999 000 000 00011');
    await fill.click();
    await page.getByText(/^Le répertoire SIRENE n’a pas pu nous répondre/).waitFor();
    await fill.scrollIntoViewIfNeeded();
    await check(page, 'company-lookup-failed-phone');

    await page.setViewportSize(WIDE);
    await siret.fill('732 829 320 00074');
    await fill.click();
    await page.getByText(/Le répertoire indique d’autres valeurs pour/).waitFor();
    await fill.scrollIntoViewIfNeeded();
    await check(page, 'company-lookup-confirm-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});
