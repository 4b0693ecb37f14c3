/**
 * Journeys 1–4 on a phone (390×844), in French, through the running portal:
 * eligibility (refused, then accepted), sign-in with the code from the outbox,
 * every step of the form with autosave, a reload that resumes, a real PDF
 * uploaded with its progress bar, an .exe posing as a PDF refused, submission
 * with its reference and acknowledgement, then the status page and "Mes demandes".
 * axe-core must find nothing on any page along the way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concat, fakeExeAsPdf, latin1, samplePdf } from '../support/files';
import {
  answerWizard as wizard,
  codeFor,
  fillBudget,
  fillOrganisation,
  fillProject,
  nextStep,
  signDeclaration,
  uploadVerified,
  type WizardAnswers,
} from './support/applicant';
import {
  PHONE,
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  newContext,
  screenshot,
} from './support/browser';

let browser: Browser;
const files = mkdtempSync(join(tmpdir(), 'guichet-e2e-files-'));

beforeAll(async () => {
  browser = await launchBrowser();
  // A real PDF padded to ~400 kB, so the throttled upload shows its progress bar.
  const small = samplePdf('Statuts');
  writeFileSync(join(files, 'Statuts signés.pdf'), concat(small.slice(0, 15), latin1(`%${'x'.repeat(400_000)}\n`), small.slice(15)));
  writeFileSync(join(files, 'rib.pdf'), fakeExeAsPdf());
  writeFileSync(join(files, 'rib-ok.pdf'), samplePdf('RIB'));
  writeFileSync(join(files, 'sirene.pdf'), samplePdf('SIRENE'));
  writeFileSync(join(files, 'budget.pdf'), samplePdf('Budget'));
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, `journey-${name}`);
}

const answerWizard = (page: Page, a: WizardAnswers) => wizard(page, a, () => check(page, `${a.program}-q1`));

describe('the applicant journey on a phone', () => {
  it('says why an ineligible project is refused, and what would change it', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await answerWizard(page, {
      program: 'innovation-sociale',
      form: 'Structure en cours de création',
      commune: 'arr',
      pick: 'Arras (62000)',
      stage: 'Développement',
      amount: '90 000',
      budget: '100 000',
      siret: '',
    });
    await page.getByRole('heading', { level: 2, name: "Votre projet n'est pas éligible en l'état" }).waitFor();
    const verdict = await page.locator('main').innerText();
    expect(verdict).toMatch(/Non respecté/);
    expect(verdict).toMatch(/structures en cours de création ne peuvent pas candidater/);
    expect(verdict).toMatch(/plafond du programme \(80\s000\s€\)/);
    expect(verdict).toMatch(/Ce qui changerait la réponse/);
    expect(await page.getByRole('link', { name: 'innovation-sociale@demo.example.org' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Déposer une demande' }).count()).toBe(0);
    await check(page, 'verdict-ineligible');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes from "am I eligible?" to "submitted, and here is where it stands"', async () => {
    const email = 'lea.dupont@example.org';
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    const errors = collectErrors(page);

    // 1. Eligibility: the programme page leads to the wizard; the verdict is positive.
    await page.goto('/programmes/amorcage-ess');
    await page.getByRole('link', { name: 'Vérifier mon éligibilité' }).click();
    await answerWizard(page, {
      program: 'amorcage-ess',
      form: 'Association',
      commune: 'arr',
      pick: 'Arras (62000)',
      stage: 'Développement',
      amount: '12 000',
      budget: '30 000',
      siret: '732 829 320 00074',
      date: '2025-03-01',
    });
    await page.getByRole('heading', { level: 2, name: 'Votre projet semble éligible' }).waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /Respecté/ })
        .filter({ hasNotText: /Non respecté/ })
        .count(),
    ).toBe(7);
    await check(page, 'verdict-eligible');

    // 2. Sign-in with the code from the outbox; it leads straight into a pre-filled draft.
    await page.getByRole('button', { name: 'Déposer une demande' }).click();
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await check(page, 'sign-in-email');
    await page.getByRole('button', { name: 'Recevoir un code' }).click();
    await page.getByText(/Nous avons envoyé un code à 6 chiffres à/).waitFor();
    expect(await page.getByRole('button', { name: /Renvoyer un code \(dans \d+ s\)/ }).isDisabled()).toBe(true);
    await check(page, 'sign-in-code');
    await page.getByRole('textbox', { name: 'Code à 6 chiffres' }).fill(await codeFor(page, email));
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(/\/demandes\/[^/]+\/modifier/);
    const applicationId = /\/demandes\/([^/]+)\/modifier/.exec(page.url())?.[1] ?? '';
    expect(applicationId).toMatch(/^app_/);

    // 3. Organisation: pre-filled from the wizard; the rest typed; autosaved.
    const siret = page.getByRole('textbox', { name: /^Numéro SIRET/ });
    await expect.poll(() => siret.inputValue()).toMatch(/^732\s?829\s?320\s?00074$/);
    await fillOrganisation(page, email);
    await check(page, 'form-organisation');

    // 4. Reload: the form resumes at the first step still to complete, and the
    //    organisation came back from the server intact.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Projet' }).waitFor();
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await page.waitForURL(/\/organisation$/);
    await expect.poll(() => page.getByRole('textbox', { name: /^Nom de la structure/ }).inputValue()).toBe('La Ressourcerie du Val');
    expect(await page.getByRole('textbox', { name: /^Téléphone/ }).inputValue()).toBe('06 12 34 56 78');
    await nextStep(page);
    await page.waitForURL(/\/project$/);

    // 5. Project.
    await fillProject(page);
    await check(page, 'form-project');
    await nextStep(page);
    await page.waitForURL(/\/budget$/);

    // 6. Budget: the totals balance.
    await fillBudget(page);
    await check(page, 'form-budget');
    await nextStep(page);
    await page.waitForURL(/\/questions$/);

    // 7. Programme questions.
    await page.getByRole('radio', { name: 'Oui' }).check();
    await check(page, 'form-questions');
    await nextStep(page);
    await page.waitForURL(/\/documents$/);

    // 8. Documents: a real PDF with a visible progress bar; a renamed .exe refused with its reason.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 4_000_000,
      uploadThroughput: 80_000,
    });
    await page.getByLabel(/^Choisir un fichier — Statuts/).setInputFiles(join(files, 'Statuts signés.pdf'));
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    expect(await progress.isVisible()).toBe(true);
    // Part-way through, the bar and its label say how far the upload is.
    await page.getByText(/Envoi de «\sStatuts signés\.pdf\s»\s:\s[1-9]\d?\s%/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'journey-form-documents-uploading');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.locator('.form-tag--ok').first().waitFor({ timeout: 60_000 });

    await page.getByLabel(/^Choisir un fichier — RIB/).setInputFiles(join(files, 'rib.pdf'));
    const refusal = page.getByRole('alert').filter({ hasText: /format accepté/ });
    await refusal.waitFor();
    await check(page, 'form-documents-rejected');
    await uploadVerified(page, /^Choisir un fichier — RIB/, join(files, 'rib-ok.pdf'), 2);
    await uploadVerified(page, /^Choisir un fichier — Avis de situation SIRENE/, join(files, 'sirene.pdf'), 3);
    await uploadVerified(page, /^Choisir un fichier — Budget prévisionnel/, join(files, 'budget.pdf'), 4);
    await nextStep(page);
    await page.waitForURL(/\/declaration$/);

    // 9. Sworn statement and submission.
    await signDeclaration(page);
    await check(page, 'form-declaration');
    await page.getByRole('button', { name: 'Déposer ma demande' }).click();
    await page.waitForURL(/\/demandes\/[^/]+\?deposee=1$/, { timeout: 20_000 });
    await page.getByText('Votre demande a été déposée.').waitFor();
    await screenshot(page, 'journey-application-submitted');
    expect(await page.locator('main').innerText()).toMatch(/Référence\s:\sESS-\d{4}-000001/);
    await check(page, 'application-submitted');

    // 10. The acknowledgement is in the outbox, with the reference.
    const outbox = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
      items: { subject: string; text: string }[];
    };
    const ack = outbox.items.find((m) => m.subject.startsWith('Accusé de réception'));
    expect(ack?.subject).toMatch(/^Accusé de réception : ESS-\d{4}-000001$/);
    expect(ack?.text).toContain(`/demandes/${applicationId}`);

    // 11. The status page and "Mes demandes".
    await page.goto(`/demandes/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: 'Atelier de réparation solidaire' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Déposée/);
    await page.goto('/demandes');
    await page.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
    await page.getByRole('article').first().waitFor();
    const list = await page.locator('main').innerText();
    expect(list).toMatch(/Fonds d'amorçage ESS/);
    expect(list).toMatch(/ESS-\d{4}-000001/);
    expect(list).toMatch(/12\s000\s€/);
    await check(page, 'my-applications');

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
