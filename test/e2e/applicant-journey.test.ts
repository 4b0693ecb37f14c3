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
import { PHONE, collectErrors, expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser';

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

async function codeFor(page: Page, email: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const res = await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
    const { items } = (await res.json()) as { items: { subject: string; text: string }[] };
    const code = items.find((m) => m.subject.includes('code de connexion'))?.text.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await page.waitForTimeout(250);
  }
  throw new Error(`no code for ${email}`);
}

const next = (page: Page) => page.getByRole('button', { name: /^(Continuer|Voir le résultat)$/ }).click();

async function answerWizard(
  page: Page,
  a: { program: string; form: string; commune: string; pick: string; stage: string; amount: string; budget: string; siret?: string; date?: string },
) {
  await page.goto(`/programmes/${a.program}/eligibilite`);
  await page.getByRole('radio', { name: a.form }).check();
  await check(page, `${a.program}-q1`);
  await next(page);
  await page.getByRole('combobox').fill(a.commune);
  await page.getByRole('option', { name: a.pick }).click();
  await next(page);
  await page.getByRole('radio', { name: a.stage }).check();
  await next(page);
  await page.getByRole('textbox').fill(a.amount);
  await next(page);
  await page.getByRole('textbox').fill(a.budget);
  await next(page);
  if (a.siret !== undefined) await page.getByLabel(/Numéro SIRET/).fill(a.siret);
  if (a.date) await page.getByLabel('Date de création de la structure').fill(a.date);
  await next(page);
  await page.getByRole('heading', { level: 2, name: /éligible/ }).waitFor();
}

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
    expect(await page.getByRole('listitem').filter({ hasText: /Respecté/ }).filter({ hasNotText: /Non respecté/ }).count()).toBe(7);
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
    await page.getByRole('textbox', { name: /^Nom de la structure/ }).fill('La Ressourcerie du Val');
    await page.getByRole('textbox', { name: /^Numéro et rue/ }).fill('12 rue des Arts');
    await page.getByRole('textbox', { name: /^Code postal/ }).fill('62000');
    await page.getByRole('textbox', { name: /^Commune/ }).fill('Arras');
    await page.getByRole('textbox', { name: /^Prénom et nom/ }).fill('Léa Dupont');
    await page.getByRole('textbox', { name: /^Fonction dans la structure/ }).fill('Présidente');
    await page.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email);
    await page.getByRole('textbox', { name: /^Téléphone/ }).fill('06 12 34 56 78');
    await page.getByText(/^Enregistré à \d{2}:\d{2}/).waitFor({ timeout: 15_000 });
    await check(page, 'form-organisation');

    // 4. Reload: the form resumes at the first step still to complete, and the
    //    organisation came back from the server intact.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Projet' }).waitFor();
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await page.waitForURL(/\/organisation$/);
    await expect.poll(() => page.getByRole('textbox', { name: /^Nom de la structure/ }).inputValue()).toBe('La Ressourcerie du Val');
    expect(await page.getByRole('textbox', { name: /^Téléphone/ }).inputValue()).toBe('06 12 34 56 78');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/project$/);

    // 5. Project.
    await page.getByRole('textbox', { name: /^Nom du projet/ }).fill('Atelier de réparation solidaire');
    await page.getByRole('textbox', { name: /^Résumé du projet/ }).fill(
      'Un atelier ouvert à tous pour réparer vélos et petit électroménager, animé par des salariés en insertion.',
    );
    await page.getByRole('textbox', { name: /^Dimension d'économie/ }).fill(
      "Emplois d'insertion, gouvernance associative, prix solidaires pour les personnes aux minima sociaux.",
    );
    await page.getByRole('textbox', { name: /^Bénéficiaires/ }).fill('400 habitants la première année.');
    await page.getByLabel(/^Date de démarrage/).fill('2027-01-15');
    await page.getByRole('spinbutton', { name: /^Emplois créés/ }).fill('2');
    await page.getByRole('spinbutton', { name: /^Emplois maintenus/ }).fill('3');
    await check(page, 'form-project');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/budget$/);

    // 6. Budget: the totals balance.
    await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
    await page.keyboard.type('Outillage et aménagement');
    await page.getByRole('group', { name: 'Dépense 1' }).getByRole('textbox', { name: /^Montant/ }).fill('18 000');
    await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
    await page.keyboard.type('Salaires encadrant technique (6 mois)');
    await page.getByRole('group', { name: 'Dépense 2' }).getByRole('textbox', { name: /^Montant/ }).fill('12 000');
    await page.getByRole('button', { name: 'Ajouter un financement' }).click();
    await page.keyboard.type('Région — appel ESS');
    await page.getByRole('group', { name: 'Financement 1' }).getByRole('combobox').selectOption({ label: 'Subventions publiques' });
    await page.getByRole('group', { name: 'Financement 1' }).getByRole('textbox', { name: /^Montant/ }).fill('10 000');
    await page.getByRole('button', { name: 'Ajouter un financement' }).click();
    await page.keyboard.type('Fonds propres');
    await page.getByRole('group', { name: 'Financement 2' }).getByRole('combobox').selectOption({ label: 'Fonds propres' });
    await page.getByRole('group', { name: 'Financement 2' }).getByRole('textbox', { name: /^Montant/ }).fill('8 000');
    await page.getByRole('group', { name: 'Financement 2' }).getByRole('textbox', { name: /^Montant/ }).blur();
    await page.getByText('Le plan est équilibré ✓').waitFor();
    await check(page, 'form-budget');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/questions$/);

    // 7. Programme questions.
    await page.getByRole('radio', { name: 'Oui' }).check();
    await check(page, 'form-questions');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/documents$/);

    // 8. Documents: a real PDF with a visible progress bar; a renamed .exe refused with its reason.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 4_000_000, uploadThroughput: 80_000 });
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
    await page.getByLabel(/^Choisir un fichier — RIB/).setInputFiles(join(files, 'rib-ok.pdf'));
    await expect.poll(() => page.locator('.form-tag--ok').count(), { timeout: 20_000 }).toBe(2);
    await page.getByLabel(/^Choisir un fichier — Avis de situation SIRENE/).setInputFiles(join(files, 'sirene.pdf'));
    await expect.poll(() => page.locator('.form-tag--ok').count(), { timeout: 20_000 }).toBe(3);
    await page.getByLabel(/^Choisir un fichier — Budget prévisionnel/).setInputFiles(join(files, 'budget.pdf'));
    await expect.poll(() => page.locator('.form-tag--ok').count(), { timeout: 20_000 }).toBe(4);
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/declaration$/);

    // 9. Sworn statement and submission.
    await page.getByRole('checkbox').check();
    await page.getByRole('textbox', { name: /^Prénom et nom du ou de la signataire/ }).fill('Léa Dupont');
    await page.getByRole('textbox', { name: /^Qualité/ }).fill('Présidente');
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
