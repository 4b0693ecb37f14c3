/**
 * The applicant's side of the portal as a person drives it, step by step, for the
 * journeys that need an application to exist (the applicant journey itself and the
 * staff round). Each step waits for what the applicant would see before going on.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The six-digit code the portal mailed to `email` (in the account's language), read from the local outbox. */
export async function codeFor(page: Page, email: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const res = await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
    const { items } = (await res.json()) as { items: { subject: string; text: string }[] };
    const code = items.find((m) => /code de connexion|sign-in code/.test(m.subject))?.text.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await page.waitForTimeout(250);
  }
  throw new Error(`no code for ${email}`);
}

/** The mails sent to `email` so far, newest first. */
export async function mailsTo(page: Page, email: string): Promise<{ subject: string; text: string }[]> {
  const res = await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
  return ((await res.json()) as { items: { subject: string; text: string }[] }).items;
}

/** From the sign-in page's first screen: asks for a code, types it, signs in. */
export async function signInWithCode(page: Page, email: string, onCodeStep?: () => Promise<void>): Promise<void> {
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await page.getByRole('button', { name: 'Recevoir un code' }).click();
  await page.getByText(/Nous avons envoyé un code à 6 chiffres à/).waitFor();
  await onCodeStep?.();
  await page.getByRole('textbox', { name: 'Code à 6 chiffres' }).fill(await codeFor(page, email));
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

/** Opens /connexion and signs in; resolves once the page after sign-in has loaded. */
export async function signInAs(page: Page, email: string, landing: RegExp): Promise<void> {
  await page.goto('/connexion');
  await signInWithCode(page, email);
  await page.waitForURL(landing);
}

const next = (page: Page) => page.getByRole('button', { name: /^(Continuer|Voir le résultat)$/ }).click();

export type WizardAnswers = {
  program: string;
  form: string;
  commune: string;
  pick: string;
  stage: string;
  amount: string;
  budget: string;
  siret?: string;
  date?: string;
};

/** Answers the eligibility wizard of `program` up to its verdict. */
export async function answerWizard(page: Page, a: WizardAnswers, onFirstQuestion?: () => Promise<void>): Promise<void> {
  await page.goto(`/programmes/${a.program}/eligibilite`);
  await page.getByRole('radio', { name: a.form }).check();
  await onFirstQuestion?.();
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

/** The organisation step, on a draft pre-filled by the wizard; waits for the autosave. */
export async function fillOrganisation(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Nom de la structure/ }).fill('La Ressourcerie du Val');
  await page.getByRole('textbox', { name: /^Numéro et rue/ }).fill('12 rue des Arts');
  await page.getByRole('textbox', { name: /^Code postal/ }).fill('62000');
  await page.getByRole('textbox', { name: /^Commune/ }).fill('Arras');
  await page.getByRole('textbox', { name: /^Prénom et nom/ }).fill('Léa Dupont');
  await page.getByRole('textbox', { name: /^Fonction dans la structure/ }).fill('Présidente');
  await page.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email);
  await page.getByRole('textbox', { name: /^Téléphone/ }).fill('06 12 34 56 78');
  await page.getByText(/^Enregistré à \d{2}:\d{2}/).waitFor({ timeout: 15_000 });
}

export const PROJECT_TITLE = 'Atelier de réparation solidaire';

/** The project step. */
export async function fillProject(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /^Nom du projet/ }).fill(PROJECT_TITLE);
  await page
    .getByRole('textbox', { name: /^Résumé du projet/ })
    .fill('Un atelier ouvert à tous pour réparer vélos et petit électroménager, animé par des salariés en insertion.');
  await page
    .getByRole('textbox', { name: /^Dimension d'économie/ })
    .fill("Emplois d'insertion, gouvernance associative, prix solidaires pour les personnes aux minima sociaux.");
  await page.getByRole('textbox', { name: /^Bénéficiaires/ }).fill('400 habitants la première année.');
  await page.getByLabel(/^Date de démarrage/).fill('2027-01-15');
  await page.getByRole('spinbutton', { name: /^Emplois créés/ }).fill('2');
  await page.getByRole('spinbutton', { name: /^Emplois maintenus/ }).fill('3');
}

/** The budget step: 30 000 € of expenses, 18 000 € of other funding, 12 000 € asked; waits for the balance. */
export async function fillBudget(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
  await page.keyboard.type('Outillage et aménagement');
  await page
    .getByRole('group', { name: 'Dépense 1' })
    .getByRole('textbox', { name: /^Montant/ })
    .fill('18 000');
  await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
  await page.keyboard.type('Salaires encadrant technique (6 mois)');
  await page
    .getByRole('group', { name: 'Dépense 2' })
    .getByRole('textbox', { name: /^Montant/ })
    .fill('12 000');
  await page.getByRole('button', { name: 'Ajouter un financement' }).click();
  await page.keyboard.type('Région — appel ESS');
  await page.getByRole('group', { name: 'Financement 1' }).getByRole('combobox').selectOption({ label: 'Subventions publiques' });
  await page
    .getByRole('group', { name: 'Financement 1' })
    .getByRole('textbox', { name: /^Montant/ })
    .fill('10 000');
  await page.getByRole('button', { name: 'Ajouter un financement' }).click();
  await page.keyboard.type('Fonds propres');
  await page.getByRole('group', { name: 'Financement 2' }).getByRole('combobox').selectOption({ label: 'Fonds propres' });
  await page
    .getByRole('group', { name: 'Financement 2' })
    .getByRole('textbox', { name: /^Montant/ })
    .fill('8 000');
  await page
    .getByRole('group', { name: 'Financement 2' })
    .getByRole('textbox', { name: /^Montant/ })
    .blur();
  await page.getByText('Le plan est équilibré ✓').waitFor();
}

/** Uploads one file for a document type and waits until `verified` documents are marked accepted. */
export async function uploadVerified(page: Page, label: RegExp, path: string, verified: number): Promise<void> {
  await page.getByLabel(label).setInputFiles(path);
  await expect.poll(() => page.locator('.form-tag--ok').count(), { timeout: 20_000 }).toBe(verified);
}

/** The sworn statement; `submitLabel` is the button that sends the file in. */
export async function signDeclaration(page: Page): Promise<void> {
  await page.getByRole('checkbox').check();
  await page.getByRole('textbox', { name: /^Prénom et nom du ou de la signataire/ }).fill('Léa Dupont');
  await page.getByRole('textbox', { name: /^Qualité/ }).fill('Présidente');
}

export const nextStep = (page: Page) => page.getByRole('button', { name: 'Étape suivante' }).click();

/** A new draft on `programId`, created with the page's own session cookie; its id. */
export async function draftOn(page: Page, programId: string): Promise<string> {
  const created = await page.evaluate(async (programId) => {
    const response = await fetch('/api/applications', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ programId }),
    });
    return { status: response.status, body: (await response.json()) as { application?: { id: string } } };
  }, programId);
  if (created.status !== 201 || !created.body.application) throw new Error(`draft on ${programId}: ${created.status}`);
  return created.body.application.id;
}
