import { applicationFormEn } from '../features/application-form/messages';
import { programmesEn } from '../features/programmes/messages';
import { uiEn } from '../ui/messages';
import { enJourney } from './en-journey';
import type { Messages } from './fr';

/**
 * English messages. Typed against the French keys so a missing or misspelled key
 * is a compile error rather than a blank label in production; the features'
 * English messages are typed against their French ones the same way.
 */
export const en: Messages = {
  'app.subtitle': '{authority} — Social and solidarity economy',
  'app.pageTitle': '{page} — {portal}',

  'nav.skip': 'Skip to content',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.home': 'Home',
  'nav.backHome': 'Back to the home page',

  'lang.label': 'Langue / Language',

  'footer.nav': 'Legal information',
  'footer.accessibility': 'Accessibility: partially compliant',
  'footer.legalNotice': 'Legal notice',
  'footer.contact': 'Contact:',
  'footer.personalData': 'Personal data',
  'footer.openSource': 'Guichet is free software, released under the AGPL-3.0-or-later licence.',

  'status.loading': 'Loading…',
  'status.retry': 'Try again',
  'status.unavailable': 'The service is temporarily unavailable. Check your connection and try again.',

  'home.title': 'Fund your social and solidarity economy project',
  'home.intro':
    'The {authority} supports social and solidarity economy (ESS) projects based in its area. Cooperatives (SCOP, SCIC, CAE), mutual societies, associations, foundations and companies approved as ESUS (solidarity enterprise of social utility) can apply.',
  'home.howTo':
    'Each call for projects states which organisations are eligible, the amounts, the share of the budget it funds and the documents to provide.',
  'home.openCalls': 'Open calls',
  'home.empty': 'No call for projects is open at the moment.',
  'home.loadError': 'The calls for projects could not be loaded.',

  'program.dates': 'From {start} to {end}',
  'deadline.label': 'Deadline',
  'deadline.lead': 'Deadline:',
  'program.amounts': 'From {min} to {max}',
  'program.amountsUpTo': 'Up to {max}',
  'program.share': 'up to {percent} of the project budget',
  'program.loadError': 'The call for projects could not be loaded.',
  'program.notFound': 'Programme not found',
  'program.notFoundText': 'This call for projects does not exist or is no longer published.',

  'facts.dates': 'Application period',
  'facts.amounts': 'Grant amount',
  'facts.envelope': 'Total budget',
  'facts.territory': 'Area',

  'legalForm.association': 'Association (non-profit)',
  'legalForm.scop': 'SCOP (worker cooperative)',
  'legalForm.scic': 'SCIC (multi-stakeholder cooperative)',
  'legalForm.cae': 'CAE (business and employment cooperative)',
  'legalForm.mutuelle': 'Mutual society',
  'legalForm.fondation': 'Foundation',
  'legalForm.esus': 'ESUS-approved company',
  'legalForm.en_creation': 'Organisation being set up',

  'stage.creation': 'Start-up',
  'stage.development': 'Development',

  'document.statuts': 'Articles of association',
  'document.avis_sirene': 'SIRENE registration notice',
  'document.kbis': 'Kbis extract (company registration)',
  'document.rib': 'Bank details (RIB)',
  'document.budget_previsionnel': 'Project budget forecast',
  'document.derniers_comptes': 'Latest approved accounts',
  'document.liste_dirigeants': 'List of directors',
  'document.agrement_esus': 'ESUS approval',
  'document.rapport_activite': 'Latest activity report',
  'document.autre': 'Other document',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you asked for does not exist. Check the address or start again from the home page.',

  // The frame (shell/): the account menu and the staff area's navigation and refusal.
  'account.nav': 'My area',
  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.myApplications': 'My applications',
  'account.myAccount': 'My account',
  'account.signedInAs': 'Your account:',

  // Shared by the application form and the programme builder.
  'form.optional': '(optional)',
  'form.errorPrefix': 'Error:',

  'staff.area': 'Staff area',
  'staff.nav': 'Staff area',
  'staff.nav.programs': 'Programmes',
  'staff.nav.team': 'Team',
  'staff.refused.title': 'Restricted access',
  'staff.refused.text':
    'This page is reserved for the service’s staff (reviewers and programme managers). If you think you should have access, ask a manager.',

  ...uiEn,
  ...enJourney,
  ...applicationFormEn,
  ...programmesEn,
};
