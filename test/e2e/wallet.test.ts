/**
 * The document wallet on a phone (390 px), in French: a RIB uploaded in one draft is
 * kept in the wallet, offered in another programme's draft and reused with one click
 * (verified and scanned again by the real stack: s3rver, ClamAV), then listed on
 * "Mon compte". axe-core must find nothing; screenshots at 390 px and 1366 px.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../support/files';
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
const files = mkdtempSync(join(tmpdir(), 'guichet-e2e-wallet-'));
beforeAll(async () => {
  browser = await launchBrowser();
  writeFileSync(join(files, 'RIB Ressourcerie du Val.pdf'), samplePdf('RIB La Ressourcerie du Val'));
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name);
}

describe('document wallet on a phone', () => {
  it('keeps a verified RIB, reuses it in another programme with one click, and lists it on Mon compte', async () => {
    const email = `portefeuille-${Date.now()}@example.org`;
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signInAs(page, email, /\/demandes$/);

    // Draft A: upload the RIB, then keep it in the wallet.
    const first = await draftOn(page, 'innovation-sociale');
    await page.goto(`${baseUrl()}/demandes/${first}/modifier/documents`);
    await page.getByRole('heading', { level: 2, name: 'Pièces justificatives' }).waitFor();
    await page.getByLabel(/^Choisir un fichier — RIB/).setInputFiles(join(files, 'RIB Ressourcerie du Val.pdf'));
    const keep = page.getByRole('button', { name: 'Garder dans mon portefeuille' });
    await keep.waitFor({ timeout: 20_000 });
    // A RIB has no default end date.
    expect(await page.getByLabel(/^Valable jusqu’au/).inputValue()).toBe('');
    await keep.scrollIntoViewIfNeeded();
    await check(page, 'wallet-keep-phone');
    await keep.click();
    await page.getByText(/est gardé dans votre portefeuille/).waitFor();

    // Draft B, another programme: the RIB slot offers it; one click, no upload.
    const second = await draftOn(page, 'amorcage-ess');
    await page.goto(`${baseUrl()}/demandes/${second}/modifier/documents`);
    const reuse = page.getByRole('button', { name: /^Réutiliser « RIB Ressourcerie du Val\.pdf » \(sans date de fin\)/ });
    await reuse.waitFor();
    await reuse.scrollIntoViewIfNeeded();
    await check(page, 'wallet-offer-phone');
    await reuse.click();
    const rib = page.getByRole('region', { name: /^RIB/ });
    await rib.getByText('Vérifié ✓', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await rib.innerText()).toContain('RIB Ressourcerie du Val.pdf');
    expect(await reuse.count()).toBe(0);

    await page.setViewportSize(WIDE);
    await page.goto(`${baseUrl()}/demandes/${await draftOn(page, 'amorcage-ess')}/modifier/documents`);
    await page.getByRole('button', { name: /^Réutiliser/ }).waitFor();
    await check(page, 'wallet-offer-desktop');

    // Mon compte lists it, at both widths.
    await page.goto(`${baseUrl()}/compte`);
    const wallet = page.getByRole('region', { name: 'Mon portefeuille de documents' });
    await wallet.getByText('RIB Ressourcerie du Val.pdf').waitFor();
    expect(await wallet.innerText()).toContain('Sans date de fin');
    await check(page, 'wallet-account-desktop');
    await page.setViewportSize(PHONE);
    await wallet.scrollIntoViewIfNeeded();
    await check(page, 'wallet-account-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
