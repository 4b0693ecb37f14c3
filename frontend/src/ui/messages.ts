/**
 * The kit's own interface strings, in French (the default) and English. They
 * live here rather than in a feature's dictionary because every feature's
 * screens show them; the i18n dictionaries may absorb this file as it is.
 */
export const uiFr = {
  'ui.required': '(obligatoire)',
  'ui.optional': '(facultatif)',
  'ui.errorPrefix': 'Erreur\u00a0:',
  'ui.errorSummary': 'Il y a un problème',
  'ui.counter': '{count} / {max} caractères',
  'ui.cancel': 'Annuler',
  'ui.pending': 'Envoi en cours…',
  'ui.showMore': 'Afficher plus',
  'ui.noFile': 'Aucun fichier choisi',
  'ui.fileChosen': 'Fichier choisi\u00a0: {filename}',
  'ui.date': 'Date',
  'ui.time': 'Heure',
  'ui.choose': 'Choisir…',
} as const;

export const uiEn: Record<keyof typeof uiFr, string> = {
  'ui.required': '(required)',
  'ui.optional': '(optional)',
  'ui.errorPrefix': 'Error:',
  'ui.errorSummary': 'There is a problem',
  'ui.counter': '{count} / {max} characters',
  'ui.cancel': 'Cancel',
  'ui.pending': 'Sending…',
  'ui.showMore': 'Show more',
  'ui.noFile': 'No file chosen',
  'ui.fileChosen': 'File chosen: {filename}',
  'ui.date': 'Date',
  'ui.time': 'Time',
  'ui.choose': 'Choose…',
};

export type UiMessageKey = keyof typeof uiFr;
