/**
 * "Mon compte" on a small phone (375×812), in French: a fresh applicant with a draft
 * finds the account page, downloads everything held about them, reads the
 * personal-data page (whose retention periods come from the API), then closes the
 * account through the confirmation dialog and is signed out for good.
 * axe-core must find nothing on any page along the way.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './support/applicant';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser';

/** The narrowest phone the service is laid out for. */
const SMALL_PHONE = { width: 375, height: 812 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, name?: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  if (name) await screenshot(page, name);
}

/** A request the page itself sends (same origin, its session cookie), as the SPA would. */
function fromPage<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}) {
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        disposition: response.headers.get('content-disposition'),
        body: (await response.json().catch(() => null)) as T,
      };
    },
    { path, method: init.method ?? 'GET', body: init.body },
  );
}

describe('"Mon compte" on a phone', () => {
  it('shows the account, exports its data, and closes it for good', async () => {
    const email = `compte-${Date.now()}@example.org`;
    const context = await newContext(browser, SMALL_PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);

    // A fresh applicant, with one draft created through the API with the browser's own cookie.
    await signInAs(page, email, /\/demandes$/);
    const draft = await fromPage<{ application: { id: string } }>(page, '/api/applications', {
      method: 'POST',
      body: { programId: 'amorcage-ess' },
    });
    expect(draft.status).toBe(201);

    // The header leads to the page, and still fits a 375 px screen.
    await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Mon compte' }).click();
    await page.waitForURL(/\/compte$/);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('region', { name: 'Votre compte' }).innerText()).toContain(email);
    await check(page, 'account-phone');

    // The download link, and what it serves: everything held, this account's address included.
    const link = page.getByRole('link', { name: 'Télécharger mes données (JSON)' });
    expect(await link.getAttribute('href')).toBe('/api/me/export');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^guichet-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await fromPage<{ account: { email: string }; applications: { application: { id: string } }[] }>(
      page,
      '/api/me/export',
    );
    expect(exported.status).toBe(200);
    expect(exported.disposition).toMatch(/attachment; filename="guichet-mes-donnees-\d{4}-\d{2}-\d{2}\.json"/);
    expect(exported.body.account.email).toBe(email);
    expect(exported.body.applications.map((item) => item.application.id)).toEqual([draft.body.application.id]);

    // The dialog: a wrong address is refused on the field, the right one closes the account.
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer définitivement votre compte\u00a0?' });
    await dialog.waitFor();
    const field = dialog.getByRole('textbox', { name: 'Adresse e-mail de votre compte' });
    await field.fill('quelqu-un-d-autre@example.org');
    await dialog.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/compte$/);
    await check(page, 'account-phone-dialog');
    await field.fill(email);
    await dialog.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const notice = page.getByRole('alert').filter({ hasText: 'Votre compte a été supprimé.' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/1 brouillon a été effacé avec ses pièces\./);
    await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Se connecter' }).waitFor();
    await check(page, 'account-closed-phone');

    // Signed out everywhere: the applicant's pages ask to sign in again, and the export is refused.
    await page.goto('/demandes');
    await page.waitForURL(/\/connexion\?suite=%2Fdemandes$/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect((await fromPage(page, '/api/me/export')).status).toBe(401);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('states the retention periods on the personal-data page, from the API', async () => {
    const context = await newContext(browser, SMALL_PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const policy = await (await page.request.get('/api/privacy')).json();
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Vos données\u00a0: comment nous les utilisons' }).click();
    await page.waitForURL(/\/donnees-personnelles$/);
    await page.getByRole('heading', { level: 1, name: 'Données personnelles' }).waitFor();
    await page.getByText(`après ${policy.idleDraftMonths} mois sans aucune modification`, { exact: false }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(`${policy.draftWarningDays} jours avant`);
    expect(text).toContain(`effacées ${policy.closedApplicationYears} ans après`);
    expect(text).toContain(`conservées ${policy.approvedApplicationYears} ans après`);
    expect(text).toMatch(/la personne à contacter\s:\snom, fonction, adresse électronique, téléphone/);
    await check(page, 'personal-data-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
