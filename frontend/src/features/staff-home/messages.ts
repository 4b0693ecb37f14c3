/**
 * Messages of the staff home: the programmes, grouped by status.
 * Loaded with the staff chunks (`i18n/staff-messages.ts`): applicants never download them.
 * French is the source of truth; a key missing in English is a type error.
 */
export const staffHomeFr = {
  'staffHome.title': 'Programmes',
  'staffHome.welcomeManager':
    'Bonjour {name}. En tant que gestionnaire, vous créez les programmes, suivez leur enveloppe, confiez les demandes aux instructeurs et décidez.',
  'staffHome.welcomeReviewer':
    'Bonjour {name}. En tant qu’instructeur ou instructrice, vous évaluez les demandes qui vous sont confiées, programme par programme.',
  'staffHome.newProgram': 'Nouveau programme',
  'staffHome.loadError': 'Les programmes n’ont pas pu être chargés.',
  'staffHome.emptyManager': 'Aucun programme pour l’instant. Créez le premier avec «\u00a0Nouveau programme\u00a0».',
  'staffHome.emptyReviewer': 'Aucun programme publié pour l’instant.',
  'staffHome.group.draft': 'Brouillons',
  'staffHome.group.published': 'Publiés',
  'staffHome.group.closed': 'Clôturés',
  'staffHome.window.open': 'Dépôts ouverts',
  'staffHome.window.upcoming': 'Dépôts pas encore ouverts',
  'staffHome.window.ended': 'Période de dépôt terminée',
  'staffHome.files': 'Dossiers',
  'staffHome.dashboard': 'Tableau de bord',
  'staffHome.edit': 'Modifier',
} as const;

export const staffHomeEn: { readonly [K in keyof typeof staffHomeFr]: string } = {
  'staffHome.title': 'Programmes',
  'staffHome.welcomeManager':
    'Hello {name}. As a programme manager, you set up programmes, watch their envelope, assign applications to reviewers and decide.',
  'staffHome.welcomeReviewer': 'Hello {name}. As a reviewer, you score the applications assigned to you, programme by programme.',
  'staffHome.newProgram': 'New programme',
  'staffHome.loadError': 'The programmes could not be loaded.',
  'staffHome.emptyManager': 'No programme yet. Create the first one with “New programme”.',
  'staffHome.emptyReviewer': 'No published programme yet.',
  'staffHome.group.draft': 'Drafts',
  'staffHome.group.published': 'Published',
  'staffHome.group.closed': 'Closed',
  'staffHome.window.open': 'Open for applications',
  'staffHome.window.upcoming': 'Not open for applications yet',
  'staffHome.window.ended': 'Application period over',
  'staffHome.files': 'Applications',
  'staffHome.dashboard': 'Dashboard',
  'staffHome.edit': 'Edit',
};
