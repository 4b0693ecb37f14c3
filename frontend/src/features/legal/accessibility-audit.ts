/**
 * What the accessibility statement claims, as data: the audit's date, the pages it
 * covered, the RGAA 4.1 criteria it checked and how, what it found. The statement
 * (legal-fr.ts, legal-en.ts) is written from this, and the audit itself,
 * test/e2e/accessibility-audit.test.ts, visits these pages, runs these checks and
 * fails unless what it finds is exactly the non-conformities listed here: the page
 * cannot claim more than the test shows.
 */

/** The RGAA 4.1 has 106 criteria. */
export const RGAA_CRITERIA = 106;

/** When the audit was last run and its results written here (ISO date). */
export const AUDIT_DATE = '2026-12-08';

/** How a criterion is checked by the audit test. */
export type AuditMethod = 'axe' | 'document' | 'keyboard' | 'zoom' | 'reflow';

export interface AuditedCriterion {
  /** RGAA 4.1 number, e.g. "3.2". */
  readonly id: string;
  readonly title: { readonly fr: string; readonly en: string };
  readonly method: AuditMethod;
  /** axe-core rules whose violations break the criterion (method 'axe'). */
  readonly axeRules?: readonly string[];
  /** What the check covers when it is narrower than the criterion. */
  readonly scope?: { readonly fr: string; readonly en: string };
}

/** The pages of the sample; `:id` is an application of the applicant the test signs in as. */
export const AUDITED_PAGES: readonly { readonly path: string; readonly fr: string; readonly en: string }[] = [
  { path: '/', fr: 'Accueil', en: 'Home' },
  { path: '/programmes/amorcage-ess', fr: "Page d'un appel à projets", en: 'A call for projects' },
  { path: '/programmes/amorcage-ess/eligibilite', fr: "Test d'éligibilité", en: 'Eligibility check' },
  { path: '/connexion', fr: 'Connexion', en: 'Sign-in' },
  { path: '/demandes', fr: 'Mes demandes', en: 'My applications' },
  { path: '/demandes/:id', fr: "Page d'une demande", en: 'An application' },
  { path: '/demandes/:id/modifier/organisation', fr: 'Formulaire, étape 1 : structure', en: 'Form, step 1: organisation' },
  { path: '/demandes/:id/modifier/project', fr: 'Formulaire, étape 2 : projet', en: 'Form, step 2: project' },
  { path: '/demandes/:id/modifier/budget', fr: 'Formulaire, étape 3 : budget', en: 'Form, step 3: budget' },
  { path: '/demandes/:id/modifier/questions', fr: 'Formulaire, étape 4 : questions', en: 'Form, step 4: questions' },
  { path: '/demandes/:id/modifier/documents', fr: 'Formulaire, étape 5 : pièces', en: 'Form, step 5: documents' },
  { path: '/demandes/:id/modifier/declaration', fr: 'Formulaire, étape 6 : déclaration', en: 'Form, step 6: declaration' },
  { path: '/compte', fr: 'Mon compte', en: 'My account' },
  { path: '/accessibilite', fr: "Déclaration d'accessibilité", en: 'Accessibility statement' },
  { path: '/mentions-legales', fr: 'Mentions légales', en: 'Legal notice' },
  { path: '/donnees-personnelles', fr: 'Données personnelles', en: 'Personal data' },
];

/** The pages the keyboard walk goes through, Tab after Tab. */
export const KEYBOARD_PAGES = ['/', '/connexion'] as const;

export const AUDITED_CRITERIA: readonly AuditedCriterion[] = [
  {
    id: '1.1',
    title: {
      fr: "Chaque image porteuse d'information a-t-elle une alternative textuelle ?",
      en: 'Does every informative image have a text alternative?',
    },
    method: 'axe',
    axeRules: ['image-alt', 'svg-img-alt', 'role-img-alt', 'input-image-alt', 'area-alt'],
  },
  {
    id: '3.2',
    title: {
      fr: 'Le contraste entre la couleur du texte et la couleur de son arrière-plan est-il suffisamment élevé ?',
      en: 'Is the contrast between text and its background high enough?',
    },
    method: 'axe',
    axeRules: ['color-contrast'],
  },
  {
    id: '6.2',
    title: { fr: 'Chaque lien a-t-il un intitulé ?', en: 'Does every link have a name?' },
    method: 'axe',
    axeRules: ['link-name'],
  },
  {
    id: '7.3',
    title: {
      fr: 'Chaque script est-il contrôlable par le clavier et par tout dispositif de pointage ?',
      en: 'Can every script be operated with the keyboard and any pointing device?',
    },
    method: 'keyboard',
    scope: {
      fr: "vérifié au clavier sur l'accueil et la connexion : chaque élément interactif est atteint par la touche Tab",
      en: 'checked with the keyboard on the home and sign-in pages: every interactive element is reached with Tab',
    },
  },
  {
    id: '8.1',
    title: { fr: 'Chaque page web est-elle définie par un type de document ?', en: 'Does every page declare a document type?' },
    method: 'document',
  },
  {
    id: '8.3',
    title: { fr: 'La langue par défaut est-elle présente ?', en: 'Is the default language given?' },
    method: 'axe',
    axeRules: ['html-has-lang'],
  },
  {
    id: '8.4',
    title: { fr: 'Le code de langue est-il pertinent ?', en: 'Is the language code right?' },
    method: 'axe',
    axeRules: ['html-lang-valid', 'valid-lang'],
  },
  {
    id: '8.5',
    title: { fr: 'Chaque page web a-t-elle un titre de page ?', en: 'Does every page have a title?' },
    method: 'axe',
    axeRules: ['document-title'],
  },
  {
    id: '9.1',
    title: {
      fr: "L'information est-elle structurée par l'utilisation appropriée de titres ?",
      en: 'Is the information structured with appropriate headings?',
    },
    method: 'axe',
    axeRules: ['page-has-heading-one', 'heading-order', 'empty-heading'],
    scope: {
      fr: "vérifié automatiquement : un titre de niveau 1, pas de niveau sauté, pas de titre vide (la pertinence des titres n'a pas été jugée)",
      en: 'checked automatically: one level-1 heading, no skipped level, no empty heading (whether headings are relevant was not judged)',
    },
  },
  {
    id: '10.4',
    title: {
      fr: "Le texte reste-t-il lisible lorsque la taille des caractères est augmentée jusqu'à 200 % ?",
      en: 'Does text stay readable when enlarged to 200%?',
    },
    method: 'zoom',
    scope: {
      fr: 'vérifié avec un zoom de 200 % sur un écran de 1280 pixels : rien ne déborde et aucun défilement horizontal',
      en: 'checked at 200% zoom on a 1280-pixel screen: nothing overflows and there is no horizontal scrolling',
    },
  },
  {
    id: '10.7',
    title: {
      fr: 'Pour chaque élément recevant le focus, la prise de focus est-elle visible ?',
      en: 'Is focus visible on every element that receives it?',
    },
    method: 'keyboard',
    scope: {
      fr: "vérifié au clavier sur l'accueil et la connexion : chaque élément atteint affiche un contour d'au moins 2 pixels",
      en: 'checked with the keyboard on the home and sign-in pages: every element reached shows an outline of at least 2 pixels',
    },
  },
  {
    id: '10.11',
    title: {
      fr: 'Les contenus peuvent-ils être présentés sans défilement horizontal pour une fenêtre de 320 pixels de large ?',
      en: 'Can content be shown without horizontal scrolling in a window 320 pixels wide?',
    },
    method: 'reflow',
    scope: {
      fr: "vérifié pour la largeur de 320 pixels ; la hauteur de 256 pixels n'a pas été vérifiée",
      en: 'checked for the 320-pixel width; the 256-pixel height was not checked',
    },
  },
  {
    id: '11.1',
    title: { fr: 'Chaque champ de formulaire a-t-il une étiquette ?', en: 'Does every form field have a label?' },
    method: 'axe',
    axeRules: ['label', 'select-name', 'aria-input-field-name', 'aria-toggle-field-name'],
  },
  {
    id: '12.6',
    title: {
      fr: "Les zones d'en-tête, de contenu principal et de pied de page peuvent-elles être atteintes ou évitées ?",
      en: 'Can the header, main content and footer areas be reached or skipped?',
    },
    method: 'axe',
    axeRules: ['region', 'landmark-one-main', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-unique'],
  },
  {
    id: '12.7',
    title: {
      fr: "Un lien d'évitement vers la zone de contenu principal est-il présent ?",
      en: 'Is there a skip link to the main content?',
    },
    method: 'keyboard',
    scope: {
      fr: "vérifié sur l'accueil et la connexion : c'est le premier élément atteint par la touche Tab, et il mène au contenu principal",
      en: 'checked on the home and sign-in pages: it is the first element Tab reaches, and it leads to the main content',
    },
  },
  {
    id: '12.9',
    title: { fr: 'La navigation ne contient-elle pas de piège au clavier ?', en: 'Is the navigation free of keyboard traps?' },
    method: 'keyboard',
    scope: {
      fr: "vérifié au clavier sur l'accueil et la connexion : la touche Tab parcourt toute la page et revient au début",
      en: 'checked with the keyboard on the home and sign-in pages: Tab goes through the whole page and back to the start',
    },
  },
];

/** A criterion the audit found not met, on which page, and why. Empty: every audited criterion is met. */
export interface NonConformity {
  readonly criterion: string;
  readonly path: string;
  readonly fr: string;
  readonly en: string;
}

export const NON_CONFORMITIES: readonly NonConformity[] = [];

/** The share of the audited criteria that are met, in percent (a criterion fails if it fails on one page). */
export function conformityRate(
  criteria: readonly AuditedCriterion[] = AUDITED_CRITERIA,
  found: readonly NonConformity[] = NON_CONFORMITIES,
): number {
  const failed = new Set(found.map((n) => n.criterion));
  const met = criteria.filter((c) => !failed.has(c.id)).length;
  return Math.round((met / criteria.length) * 100);
}
