/**
 * The accessibility audit the statement (/accessibilite) reports. It visits every
 * page of the sample (features/legal/accessibility-audit.ts: public pages, an
 * applicant's pages, each step of the form, the legal pages) and checks the RGAA
 * criteria listed there: axe-core's rules for each, the document type, 320 px reflow
 * (no horizontal scroll), 200 % zoom (half the width at twice the pixel density), and
 * a keyboard walk through the home and sign-in pages (skip link first, every
 * interactive element reached with Tab, a visible focus outline of at least 2 px,
 * back to the start). It fails unless what it finds is exactly the statement's list
 * of non-conformities, so the page never claims more than this test shows.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITED_CRITERIA, AUDITED_PAGES, KEYBOARD_PAGES, NON_CONFORMITIES } from '../../frontend/src/features/legal/accessibility-audit';
import { draftOn, signInAs } from './support/applicant';
import { baseUrl, collectErrors, DESKTOP, expectNoAxeViolations, launchBrowser, newContext, PHONE, screenshot } from './support/browser';

type Finding = { criterion: string; path: string; detail: string };

let browser: Browser;
let applicationId = '';
/** The applicant's session, reused by the zoom and reflow contexts. */
let applicantState: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await signInAs(page, `audit-${Date.now()}@example.net`, /\/demandes$/);
  applicationId = await draftOn(page, 'amorcage-ess');
  applicantState = await context.storageState();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

const needsSession = (path: string) => path.startsWith('/demandes') || path === '/compte';
const url = (path: string) => path.replace(':id', applicationId);

/** Opens `path` and waits until its heading is shown and nothing is loading any more. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"], .status-message:has-text("Chargement")').count(), { timeout: 10_000 }).toBe(0);
}

async function contextFor(path: string, options: { viewport: { width: number; height: number }; deviceScaleFactor?: number }) {
  return browser.newContext({
    ...options,
    baseURL: baseUrl(),
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...(needsSession(path) ? { storageState: applicantState } : {}),
  });
}

/** Runs `check` on every audited page in a context made by `options`, one context per page. */
async function eachPage(
  options: { viewport: { width: number; height: number }; deviceScaleFactor?: number },
  check: (page: Page, path: string) => Promise<Finding[]>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const { path } of AUDITED_PAGES) {
    const context = await contextFor(path, options);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page, path);
    findings.push(...(await check(page, path)));
    expect(errors, `${path}: page errors`).toEqual([]);
    await context.close();
  }
  return findings;
}

/** Every interactive element a keyboard user must be able to reach, as a stable description. */
function interactiveElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    return [
      ...document.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter(visible)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? ''}|${(el.textContent ?? '').trim() || el.getAttribute('name') || el.id}`,
      );
  });
}

/** The element that has the focus, described like interactiveElements(), with its focus outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      key: `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? ''}|${(el.textContent ?? '').trim() || el.getAttribute('name') || el.id}`,
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
    };
  });
}

/** 10.11: at 320 CSS pixels wide, nothing scrolls sideways. */
async function reflowFindings(page: Page, path: string): Promise<Finding[]> {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  return width <= 320 ? [] : [{ criterion: '10.11', path, detail: `scrollWidth ${width}` }];
}

/** 10.4: at 200 % zoom nothing scrolls sideways and no visible element runs past the right edge. */
async function zoomFindings(page: Page, path: string): Promise<Finding[]> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('main *, header *, footer *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .filter((el) => !el.closest('.visually-hidden, .skip-link, .table-scroll'))
      .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : ''));
    return { scroll: (document.scrollingElement?.scrollWidth ?? 0) - width, clipped: clipped.slice(0, 5) };
  });
  return overflow.scroll <= 0 && overflow.clipped.length === 0
    ? []
    : [{ criterion: '10.4', path, detail: `scroll ${overflow.scroll}px, ${overflow.clipped.join(' ')}` }];
}

/**
 * 7.3, 10.7, 12.9 and 12.7: Tab from the top until the focus comes back to the start;
 * every interactive element must be reached, each with a visible outline of 2 px or
 * more; the first stop must be the skip link, and Enter on it must put the focus
 * in the main content. Call it on a freshly opened page (the walk starts from the top).
 */
async function keyboardFindings(page: Page, path: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const expected = await interactiveElements(page);
  expect(expected.length, `${path}: interactive elements`).toBeGreaterThan(3);
  const reached: string[] = [];
  const withoutOutline: string[] = [];
  let backToStart = false;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === null || (reached.length > 0 && now.key === reached[0])) {
      backToStart = true;
      break;
    }
    reached.push(now.key);
    if (!now.focusVisible || now.outline < 2) withoutOutline.push(now.key);
  }
  if (!backToStart) findings.push({ criterion: '12.9', path, detail: 'Tab never came back to the start' });
  const missed = expected.filter((key) => !reached.includes(key));
  if (missed.length > 0) findings.push({ criterion: '7.3', path, detail: `not reached: ${missed.join(', ')}` });
  if (withoutOutline.length > 0) findings.push({ criterion: '10.7', path, detail: `no visible outline: ${withoutOutline.join(', ')}` });

  const first = reached[0] ?? '';
  let inMain = false;
  if (first.startsWith('a|#')) {
    await page.locator(`a[href="${first.split('|')[1]}"]`).focus();
    await page.keyboard.press('Enter');
    inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  }
  if (!inMain) findings.push({ criterion: '12.7', path, detail: `first stop ${first}, then in main: ${inMain}` });
  return findings;
}

describe('the accessibility audit reported by /accessibilite', () => {
  it('uses only axe-core rules that exist, so no criterion is checked by a rule that never runs', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await open(page, '/');
    const known = await new AxeBuilder({ page })
      .analyze()
      .then((r) => [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((rule) => rule.id));
    const rules = AUDITED_CRITERIA.flatMap((c) => c.axeRules ?? []);
    expect(rules.filter((rule) => !known.includes(rule))).toEqual([]);
    await context.close();
  });

  it('sees a defect when one is planted: a focus outline removed, a box wider than the screen', async () => {
    const context = await newContext(browser, { width: 320, height: 640 });
    const page = await context.newPage();
    await open(page, '/connexion');
    expect(await reflowFindings(page, '/connexion')).toEqual([]);
    expect(await keyboardFindings(page, '/connexion')).toEqual([]);
    await open(page, '/connexion');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '500px';
      wide.textContent = 'wide';
      document.querySelector('main')?.append(wide);
      const button = document.querySelector('main button') as HTMLElement;
      button.style.setProperty('outline', 'none', 'important');
      document.querySelector('.skip-link')?.remove();
    });
    expect((await reflowFindings(page, '/connexion')).map((f) => f.criterion)).toEqual(['10.11']);
    expect((await zoomFindings(page, '/connexion')).map((f) => f.criterion)).toEqual(['10.4']);
    expect((await keyboardFindings(page, '/connexion')).map((f) => f.criterion).sort()).toEqual(['10.7', '12.7']);
    await context.close();
  });

  it('finds exactly the non-conformities the statement lists, on every page of the sample', async () => {
    const findings: Finding[] = [];

    // axe-core (WCAG 2.1 A and AA, and best practices) and the document type, on a desktop screen.
    findings.push(
      ...(await eachPage({ viewport: DESKTOP }, async (page, path) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const out: Finding[] = [];
        for (const violation of results.violations) {
          const owner = AUDITED_CRITERIA.find((c) => c.axeRules?.includes(violation.id));
          // A violation outside the audited criteria is still a defect: the test names it rather than hiding it.
          out.push({
            criterion: owner?.id ?? `axe:${violation.id}`,
            path,
            detail: violation.nodes.map((n) => n.target.join(' ')).join(', '),
          });
        }
        const doctype = await page.evaluate(() => document.doctype?.name ?? null);
        if (doctype !== 'html') out.push({ criterion: '8.1', path, detail: `doctype ${doctype}` });
        return out;
      })),
    );

    // 10.11: at 320 CSS pixels wide, nothing scrolls sideways.
    findings.push(...(await eachPage({ viewport: { width: 320, height: 640 } }, reflowFindings)));

    // 10.4: 200 % zoom of a 1280 px screen is 640 CSS pixels at twice the density; nothing overflows.
    findings.push(...(await eachPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, zoomFindings)));

    // 7.3, 10.7, 12.7, 12.9: the keyboard walk.
    for (const path of KEYBOARD_PAGES) {
      const context = await newContext(browser, DESKTOP);
      const page = await context.newPage();
      await open(page, path);
      findings.push(...(await keyboardFindings(page, path)));
      if (path === '/') await screenshot(page, 'audit-keyboard-skip-link');
      await context.close();
    }

    const summary = (list: readonly { criterion: string; path: string }[]) =>
      list.map((f) => `${f.criterion} ${f.path}`).sort((a, b) => a.localeCompare(b));
    expect(summary(findings), JSON.stringify(findings, null, 2)).toEqual(summary(NON_CONFORMITIES));
  }, 600_000);
});

describe.each([
  ['phone', PHONE],
  ['wide', { width: 1366, height: 768 }],
])("the portal's identity on a %s", (name, viewport) => {
  it('shows the configured authority, logo and colours from the first paint, and the statement with its audit', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const siteRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/site') siteRequests.push(request.url());
    });
    await open(page, '/');
    const header = page.getByRole('banner');
    expect(await header.innerText()).toContain("Communauté urbaine d'Arras — Économie sociale et solidaire");
    expect(await header.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    // The preloaded request is the one the SPA uses: one request, not two.
    expect(siteRequests).toHaveLength(1);
    const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim());
    expect(primary).toBe('#0b5c55');
    expect(await page.getByRole('contentinfo').innerText()).toContain('ess@demo.example.org');
    await expectNoAxeViolations(page);
    await screenshot(page, `identity-home-${name}`);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
    await page.getByRole('heading', { level: 1, name: "Déclaration d'accessibilité" }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(/L'audit du \d{1,2} \S+ \d{4} a vérifié 16 des 106 critères/);
    expect(main).toContain('accessibilite@demo.example.org');
    expect(await page.title()).toBe("Déclaration d'accessibilité — Guichet ESS");
    await expectNoAxeViolations(page);
    await screenshot(page, `identity-accessibility-${name}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
