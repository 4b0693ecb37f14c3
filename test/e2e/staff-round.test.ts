/**
 * Journeys 5–6 through the running portal, a whole call for projects with no
 * developer and no spreadsheet: a manager creates and publishes a programme and
 * invites a second reviewer; an applicant applies; the manager assigns two
 * reviewers; one declares a conflict; the other asks for changes; the applicant
 * resubmits; the reviewer scores; the manager approves within the envelope, sees
 * the dashboard move and exports the CSV; the applicant sees the decision and the
 * email. Codes come from the local outbox; axe-core checks every staff page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../support/files';
import {
  answerWizard,
  fillBudget,
  fillOrganisation,
  fillProject,
  mailsTo,
  nextStep,
  signDeclaration,
  signInAs,
  signInWithCode,
  uploadVerified,
} from './support/applicant';
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

const PROGRAM = 'tiers-lieux-solidaires';
const MANAGER = 'gestionnaire@demo.example.org';
const REVIEWER = 'instructrice@demo.example.org';
const SECOND = 'paul.petit@demo.example.org';
const APPLICANT = 'coop.atelier@example.org';

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];
const files = mkdtempSync(join(tmpdir(), 'guichet-e2e-staff-'));

beforeAll(async () => {
  browser = await launchBrowser();
  writeFileSync(join(files, 'statuts.pdf'), samplePdf('Statuts'));
  writeFileSync(join(files, 'rib.pdf'), samplePdf('RIB'));
});
afterEach(async (test) => {
  // On a failure, what each person had on screen, for whoever reads the CI log.
  if (test.task.result?.state !== 'fail') return;
  const pages = contexts.flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) await screenshot(page, `staff-failure-${index}`).catch(() => undefined);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** One person at their own browser, signed in through the code in the outbox. */
async function person(email: string, landing: RegExp, viewport = DESKTOP): Promise<Page> {
  const context = await newContext(browser, viewport);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(collectErrors(page));
  await signInAs(page, email, landing);
  return page;
}

/** Every staff page: no failed load, no axe violation, no sideways scroll, a screenshot to look at. */
async function check(page: Page, name: string) {
  expect(await page.locator('.alert--error').allInnerTexts()).toEqual([]);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, `staff-${name}`);
}

const main = (page: Page) => page.locator('main');

describe('a whole call for projects, run in the portal', () => {
  it('goes from a new programme to an approved application the applicant is told about', async () => {
    // 1. The manager lands in the staff area and invites a second reviewer.
    const manager = await person(MANAGER, /\/gestion$/);
    await main(manager).getByRole('heading', { level: 1 }).waitFor();
    await check(manager, 'home');
    await manager.goto('/gestion/equipe');
    await manager.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(SECOND);
    await manager.getByRole('textbox', { name: /^Nom affiché/ }).fill('Paul Petit');
    await manager.getByRole('radio', { name: /^Instructeur ou instructrice/ }).check();
    await manager.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await manager.getByText(`Invitation envoyée à ${SECOND}.`).waitFor();
    await check(manager, 'team');
    expect((await mailsTo(manager, SECOND))[0]?.subject).toBe('Votre accès à Guichet ESS');

    // 2. The manager creates the programme, checks the live preview, and publishes it.
    await manager.goto('/gestion/programmes/nouveau');
    await manager.getByRole('textbox', { name: 'Identifiant', exact: true }).fill(PROGRAM);
    await manager.getByRole('textbox', { name: /^Préfixe des références/ }).fill('TLS');
    await manager.getByRole('textbox', { name: /^Adresse e-mail de contact/ }).fill('tiers-lieux@demo.example.org');
    const texts = manager.getByRole('group', { name: 'Textes publics' });
    await texts.getByRole('textbox', { name: /^Titre \(français\)/ }).fill('Tiers-lieux solidaires');
    await texts.getByRole('textbox', { name: /^Titre \(anglais\)/ }).fill('Inclusive third places');
    await texts
      .getByRole('textbox', { name: /^Résumé \(français\)/ })
      .fill('Aider les tiers-lieux de l’économie sociale et solidaire à ouvrir ou grandir.');
    await texts.getByRole('textbox', { name: /^Résumé \(anglais\)/ }).fill('Helping social-economy third places open or grow.');
    await texts
      .getByRole('textbox', { name: /^Description \(français\)/ })
      .fill('Ateliers partagés, cafés associatifs, ressourceries : les lieux ouverts à tous.');
    await texts
      .getByRole('textbox', { name: /^Description \(anglais\)/ })
      .fill('Shared workshops, community cafés, repair shops: places open to all.');
    await manager.getByRole('textbox', { name: /^Enveloppe totale/ }).fill('50 000');
    await manager.getByRole('textbox', { name: /^Nom du territoire/ }).fill("Communauté urbaine d'Arras");
    await manager.getByRole('textbox', { name: /^Communes/ }).fill('62041;62000;Arras\n62004;62217;Achicourt');
    await manager.getByRole('textbox', { name: /^Montant minimum demandé/ }).fill('2 000');
    await manager.getByRole('textbox', { name: /^Montant maximum \(plafond\)/ }).fill('20 000');
    await manager.getByRole('textbox', { name: /^Part maximale du budget du projet/ }).fill('60');
    await manager.getByRole('textbox', { name: /^Nom du territoire/ }).focus();
    const preview = manager.getByRole('region', { name: /Aperçu/ });
    expect(await preview.innerText()).toMatch(/\d profils? sur \d/);
    await check(manager, 'builder-new');
    await manager.getByRole('button', { name: 'Créer le brouillon' }).click();
    await manager.waitForURL(new RegExp(`/gestion/programmes/${PROGRAM}/modifier`));
    await manager.getByText('Brouillon créé.', { exact: false }).waitFor();
    await manager.getByRole('button', { name: 'Publier', exact: true }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Publier', exact: true }).click();
    await manager.getByText('Programme publié.').waitFor();
    await check(manager, 'builder-edit');

    // 3. An applicant finds it, checks eligibility, applies and submits.
    const applicantContext = await newContext(browser, PHONE);
    contexts.push(applicantContext);
    const applicant = await applicantContext.newPage();
    errors.push(collectErrors(applicant));
    await applicant.goto('/');
    await applicant
      .getByRole('link', { name: /Tiers-lieux solidaires/ })
      .first()
      .waitFor();
    await answerWizard(applicant, {
      program: PROGRAM,
      form: 'Association',
      commune: 'arr',
      pick: 'Arras (62000)',
      stage: 'Développement',
      amount: '12 000',
      budget: '30 000',
      siret: '732 829 320 00074',
      date: '2025-03-01',
    });
    await applicant.getByRole('heading', { level: 2, name: 'Votre projet semble éligible' }).waitFor();
    await applicant.getByRole('button', { name: 'Déposer une demande' }).click();
    await signInWithCode(applicant, APPLICANT);
    await applicant.waitForURL(/\/demandes\/[^/]+\/modifier/);
    const applicationId = /\/demandes\/([^/]+)\/modifier/.exec(applicant.url())?.[1] ?? '';
    await fillOrganisation(applicant, APPLICANT);
    await nextStep(applicant);
    await applicant.waitForURL(/\/project$/);
    await fillProject(applicant);
    await nextStep(applicant);
    await applicant.waitForURL(/\/budget$/);
    await fillBudget(applicant);
    await nextStep(applicant);
    await applicant.waitForURL(/\/questions$/);
    await nextStep(applicant);
    await applicant.waitForURL(/\/documents$/);
    await uploadVerified(applicant, /^Choisir un fichier — Statuts/, join(files, 'statuts.pdf'), 1);
    await uploadVerified(applicant, /^Choisir un fichier — RIB/, join(files, 'rib.pdf'), 2);
    await nextStep(applicant);
    await applicant.waitForURL(/\/declaration$/);
    await signDeclaration(applicant);
    await applicant.getByRole('button', { name: 'Déposer ma demande' }).click();
    await applicant.getByText('Votre demande a été déposée.').waitFor({ timeout: 20_000 });
    const reference = /TLS-\d{4}-000001/.exec(await main(applicant).innerText())?.[0];
    expect(reference).toBeDefined();

    // 4. The manager sees it unassigned in the queue and assigns two reviewers.
    await manager.goto(`/gestion/programmes/${PROGRAM}`);
    const row = main(manager)
      .getByRole('row')
      .filter({ hasText: reference ?? '' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Non attribuée/);
    await check(manager, 'queue');
    await row.getByRole('checkbox').check();
    await manager.locator('summary', { hasText: /^Attribuer la sélection/ }).click();
    await manager.getByRole('checkbox', { name: /Inès Bernard/ }).check();
    await manager.getByRole('checkbox', { name: /Paul Petit/ }).check();
    await manager.getByRole('button', { name: 'Attribuer les demandes cochées' }).click();
    await manager.getByText(/2 attributions ajoutées/).waitFor();
    await expect.poll(async () => row.innerText()).toMatch(/2 personnes assignées/);

    // 5. The second reviewer declares a conflict: the file leaves their queue.
    const second = await person(SECOND, /\/gestion$/, PHONE);
    await second.goto(`/gestion/demandes/${applicationId}`);
    await second.getByRole('radio', { name: "J'ai un conflit d'intérêts" }).check();
    await check(second, 'conflict-declaration');
    await second.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
    await second.getByRole('heading', { name: "Conflit d'intérêts déclaré" }).waitFor();
    expect((await second.request.get(`/api/applications/${applicationId}`)).status()).toBe(404);

    // 6. The first reviewer declares none, reads the file and asks for changes.
    const reviewer = await person(REVIEWER, /\/gestion$/);
    await reviewer.goto(`/gestion/demandes/${applicationId}`);
    await reviewer.getByRole('radio', { name: "Je n'ai aucun conflit d'intérêts" }).check();
    await reviewer.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
    await reviewer.getByText("Absence de conflit d'intérêts enregistrée.", { exact: false }).waitFor();
    await reviewer.getByRole('heading', { name: /Éligibilité au dépôt/ }).waitFor();
    expect(await main(reviewer).innerText()).toMatch(/Éligible lors du dernier dépôt/);
    await reviewer.getByRole('heading', { name: 'Votre évaluation' }).waitFor();
    await reviewer.getByText('Demande attribuée à Inès Bernard').waitFor();
    await reviewer.getByRole('button', { name: 'Demander des modifications' }).click();
    const request = reviewer.getByRole('textbox', { name: /^Modifications attendues/ });
    await request.fill('Merci de préciser le calendrier des travaux dans le résumé.');
    await expect.poll(() => request.inputValue()).toBe('Merci de préciser le calendrier des travaux dans le résumé.');
    await reviewer.getByRole('button', { name: 'Envoyer la demande de modifications' }).click();
    await reviewer.getByText('Demande de modifications envoyée au porteur de projet.').waitFor();

    // 7. The applicant reads the request (email and thread), edits and resubmits.
    expect((await mailsTo(applicant, APPLICANT)).map((m) => m.subject)).toContain(`Modifications demandées sur votre demande ${reference}`);
    await applicant.goto(`/demandes/${applicationId}`);
    await applicant.getByText('Merci de préciser le calendrier des travaux dans le résumé.').first().waitFor();
    await applicant.goto(`/demandes/${applicationId}/modifier/project`);
    await applicant
      .getByRole('textbox', { name: /^Résumé du projet/ })
      .fill(
        'Un atelier ouvert à tous pour réparer vélos et petit électroménager, animé par des salariés en insertion. Travaux de janvier à mars 2027.',
      );
    await applicant.getByText(/^Enregistré à \d{2}:\d{2}/).waitFor({ timeout: 15_000 });
    await applicant.goto(`/demandes/${applicationId}/modifier/declaration`);
    // The change request unticked the sworn statement: it is made again for the new version.
    await applicant.getByRole('checkbox', { name: /^Je certifie sur l’honneur/ }).check();
    await applicant.getByRole('button', { name: /^(Déposer ma demande|Redéposer ma demande)$/ }).click();
    await applicant.waitForURL(/\/demandes\/[^/]+\?deposee=1$/, { timeout: 20_000 });

    // 8. The reviewer starts the review, scores the rubric and transmits it: it locks.
    await reviewer.reload();
    await reviewer.getByRole('button', { name: "Commencer l'instruction" }).click();
    await reviewer.getByText('Instruction commencée.').waitFor();
    // The page reloads the file after the status change; scoring before that reload lands can be
    // undone by it on a loaded machine, so the clicks wait for the page to be quiet.
    await reviewer.waitForLoadState('networkidle');
    for (const [criterion, score] of [
      ['Utilité sociale', '4'],
      ['Viabilité économique', '3'],
      ['Ancrage territorial', '5'],
    ] as const) {
      await reviewer
        .getByRole('group', { name: new RegExp(`^${criterion}`) })
        .getByRole('radio', { name: new RegExp(`^${score} sur 5`) })
        .check();
    }
    await reviewer.getByRole('textbox', { name: /^Commentaire général/ }).fill('Projet solide, bien ancré.');
    await check(reviewer, 'review');
    await reviewer.getByRole('button', { name: "Transmettre l'évaluation" }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: 'Oui, transmettre' }).click();
    await reviewer.getByText('Évaluation transmise.').waitFor();
    expect(await reviewer.getByRole('button', { name: "Transmettre l'évaluation" }).count()).toBe(0);

    // 9. The manager sees the conflict and the score, approves within the envelope…
    await manager.goto(`/gestion/demandes/${applicationId}`);
    await manager.getByText("Conflit d'intérêts déclaré — à réattribuer").waitFor();
    expect(await main(manager).innerText()).toMatch(/Note moyenne\s:\s\d+(,\d)?\s\/\s100/);
    await check(manager, 'application-manager');
    await manager.getByRole('button', { name: 'Accorder', exact: true }).click();
    await manager.getByRole('textbox', { name: /^Montant accordé, en euros/ }).fill('10 000');
    await manager.getByRole('button', { name: /^Accorder 10\s000\s€$/ }).click();
    await manager
      .getByText(/Aide de 10\s000\s€ accordée\./)
      .first()
      .waitFor();

    // 10. …the dashboard moves, and the CSV export holds the decision.
    await manager.goto(`/gestion/programmes/${PROGRAM}/tableau-de-bord`);
    await manager.getByRole('img', { name: /./ }).first().waitFor();
    const dashboard = await main(manager).innerText();
    expect(dashboard).toMatch(/Montant attribué\s*10\s000\s€/);
    expect(dashboard).toMatch(/Reste disponible\s*40\s000\s€/);
    expect(dashboard).toContain(reference ?? '');
    await check(manager, 'dashboard');
    const href = await manager.getByRole('link', { name: /Exporter en CSV/ }).getAttribute('href');
    const csv = await manager.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = (await csv.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    const header = rows[0] ?? [];
    const line = rows.find((cells) => cells.includes(reference ?? '')) ?? [];
    const cell = (name: RegExp) => line[header.findIndex((h) => name.test(h))] ?? '';
    expect(rows).toHaveLength(2);
    expect(cell(/statut/i)).toBe('Acceptée');
    expect(cell(/accord/i).replace(/\s/g, '')).toMatch(/^10000(,00)?$/);
    expect(cell(/note/i)).not.toBe('');

    // 11. The applicant sees the decision and has the email.
    await applicant.goto(`/demandes/${applicationId}`);
    await applicant
      .getByText(/Acceptée/)
      .first()
      .waitFor();
    expect(await main(applicant).innerText()).toMatch(/10\s000\s€/);
    const decision = (await mailsTo(applicant, APPLICANT)).find((m) => m.subject === `Demande acceptée : ${reference}`);
    expect(decision?.text).toMatch(/10\s000\s€/);
    await expectNoAxeViolations(applicant);

    // 12. An applicant who wanders into the staff area gets a proper refusal.
    await applicant.goto('/gestion');
    await applicant.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
    await check(applicant, 'refused');

    expect(errors.flat()).toEqual([]);
  }, 300_000);
});
