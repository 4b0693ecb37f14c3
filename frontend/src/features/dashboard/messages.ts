/**
 * Messages of a programme's dashboard: statuses, money, the envelope over time, ranking, missing
 * reviews.
 * Loaded with the staff chunks (`i18n/staff-messages.ts`): applicants never download them.
 * French is the source of truth; a key missing in English is a type error.
 */
export const dashboardFr = {
  'staffHome.back': '← Tous les programmes',

  'dashboard.title': 'Tableau de bord',
  'dashboard.pageTitle': 'Tableau de bord — {program}',
  'dashboard.notFound': 'Ce programme n’existe pas ou a été supprimé.',
  'dashboard.loadError': 'Les chiffres du programme n’ont pas pu être chargés.',
  'dashboard.queueLink': 'Voir les dossiers du programme',
  'dashboard.refresh': 'Actualiser',
  'dashboard.refreshing': 'Actualisation…',
  'dashboard.loadedAt': 'Chiffres à jour à {time}.',
  'dashboard.refreshError': 'Les chiffres n’ont pas pu être actualisés\u00a0: ceux affichés datent de {time}.',
  'dashboard.export': 'Exporter en CSV',
  'dashboard.exportHint':
    'Une ligne par demande déposée, séparateur point-virgule, encodage UTF-8\u00a0: le fichier s’ouvre directement dans Excel ou LibreOffice Calc.',
  'dashboard.chart.data': 'Voir les données',
  'dashboard.noReference': 'Sans référence ({organisation})',

  'dashboard.status.title': 'Demandes par statut',
  'dashboard.status.totalOne': '{count} demande au total, brouillons compris.',
  'dashboard.status.totalOther': '{count} demandes au total, brouillons compris.',
  'dashboard.status.empty': 'Aucune demande n’a encore été commencée pour ce programme.',
  'dashboard.status.column': 'Statut',
  'dashboard.status.countColumn': 'Demandes',
  'dashboard.statusChart.title': 'Nombre de demandes par statut',
  'dashboard.statusChart.item': '{status}\u00a0: {count}',

  'dashboard.money.title': 'Enveloppe',
  'dashboard.money.envelope': 'Enveloppe totale',
  'dashboard.money.requested': 'Montant demandé',
  'dashboard.money.requestedHint': 'demandes déposées, en instruction, à compléter ou acceptées',
  'dashboard.money.awarded': 'Montant attribué',
  'dashboard.money.remaining': 'Reste disponible',
  'dashboard.meter.label': 'Part de l’enveloppe attribuée',
  'dashboard.meter.value': '{percent} de l’enveloppe attribuée',
  'dashboard.meter.awarded': 'Attribué\u00a0: {amount} ({percent})',
  'dashboard.meter.remaining': 'Reste\u00a0: {amount}',

  'dashboard.envelopeChart.title': 'Consommation de l’enveloppe au fil des décisions',
  'dashboard.envelopeChart.desc':
    '{awarded} attribués sur une enveloppe de {envelope} au {date}, après {days} jour(s) de décision. Le détail est dans le tableau «\u00a0Voir les données\u00a0».',
  'dashboard.envelopeChart.yAxis': 'Montant attribué cumulé',
  'dashboard.envelopeChart.xAxis': 'Jour de décision',
  'dashboard.envelopeChart.share': 'Part de l’enveloppe',
  'dashboard.envelopeChart.envelope': 'Enveloppe\u00a0: {amount}',
  'dashboard.envelopeChart.empty':
    'Aucune subvention n’a encore été attribuée\u00a0: la courbe de consommation apparaîtra après la première décision favorable.',

  'dashboard.ranking.title': 'Classement par note pondérée',
  'dashboard.ranking.intro':
    'Demandes évaluées, de la meilleure note à la moins bonne. Un écart de 3 points ou plus entre deux évaluations d’un même critère est signalé.',
  'dashboard.ranking.empty': 'Aucune demande n’a encore reçu d’évaluation complète.',
  'dashboard.ranking.rank': 'Rang',
  'dashboard.ranking.reference': 'Référence',
  'dashboard.ranking.organisation': 'Structure',
  'dashboard.ranking.project': 'Projet',
  'dashboard.ranking.score': 'Note',
  'dashboard.ranking.scoreValue': '{score}\u00a0/\u00a0100',
  'dashboard.ranking.status': 'Statut',
  'dashboard.ranking.amount': 'Montant demandé',
  'dashboard.ranking.disagreement': 'Écart entre évaluations',
  'dashboard.ranking.agreement': 'Aucun',
  'dashboard.ranking.disagreementOn': 'Écart sur\u00a0: {criteria}',

  'dashboard.missing.title': 'Demandes en attente d’évaluation',
  'dashboard.missing.intro': '{count} demande(s) déposée(s) ou en instruction sans évaluation remise.',
  'dashboard.missing.empty': 'Toutes les demandes en instruction ont au moins une évaluation.',
  'dashboard.missing.noReviewer': 'Aucun instructeur désigné',
  'dashboard.missing.oneReviewer': '1 instructeur désigné, évaluation non remise',
  'dashboard.missing.reviewers': '{count} instructeurs désignés, aucune évaluation remise',
} as const;

export const dashboardEn: { readonly [K in keyof typeof dashboardFr]: string } = {
  'staffHome.back': '← All programmes',

  'dashboard.title': 'Dashboard',
  'dashboard.pageTitle': 'Dashboard — {program}',
  'dashboard.notFound': 'This programme does not exist or was deleted.',
  'dashboard.loadError': 'The programme’s figures could not be loaded.',
  'dashboard.queueLink': 'See the programme’s applications',
  'dashboard.refresh': 'Refresh',
  'dashboard.refreshing': 'Refreshing…',
  'dashboard.loadedAt': 'Figures as of {time}.',
  'dashboard.refreshError': 'The figures could not be refreshed: those shown date from {time}.',
  'dashboard.export': 'Export as CSV',
  'dashboard.exportHint':
    'One line per submitted application, semicolon-separated, UTF-8: the file opens directly in Excel or LibreOffice Calc.',
  'dashboard.chart.data': 'Show the data',
  'dashboard.noReference': 'No reference ({organisation})',

  'dashboard.status.title': 'Applications by status',
  'dashboard.status.totalOne': '{count} application in all, drafts included.',
  'dashboard.status.totalOther': '{count} applications in all, drafts included.',
  'dashboard.status.empty': 'No application has been started for this programme yet.',
  'dashboard.status.column': 'Status',
  'dashboard.status.countColumn': 'Applications',
  'dashboard.statusChart.title': 'Number of applications by status',
  'dashboard.statusChart.item': '{status}: {count}',

  'dashboard.money.title': 'Envelope',
  'dashboard.money.envelope': 'Total envelope',
  'dashboard.money.requested': 'Amount requested',
  'dashboard.money.requestedHint': 'applications submitted, under review, awaiting changes or approved',
  'dashboard.money.awarded': 'Amount awarded',
  'dashboard.money.remaining': 'Still available',
  'dashboard.meter.label': 'Share of the envelope awarded',
  'dashboard.meter.value': '{percent} of the envelope awarded',
  'dashboard.meter.awarded': 'Awarded: {amount} ({percent})',
  'dashboard.meter.remaining': 'Left: {amount}',

  'dashboard.envelopeChart.title': 'Envelope used, decision after decision',
  'dashboard.envelopeChart.desc':
    '{awarded} awarded out of an envelope of {envelope} on {date}, after {days} decision day(s). The details are in the “Show the data” table.',
  'dashboard.envelopeChart.yAxis': 'Cumulative amount awarded',
  'dashboard.envelopeChart.xAxis': 'Decision day',
  'dashboard.envelopeChart.share': 'Share of the envelope',
  'dashboard.envelopeChart.envelope': 'Envelope: {amount}',
  'dashboard.envelopeChart.empty': 'No grant has been awarded yet: the chart will appear after the first approval.',

  'dashboard.ranking.title': 'Ranking by weighted score',
  'dashboard.ranking.intro':
    'Scored applications, best score first. A gap of 3 points or more between two reviews of the same criterion is flagged.',
  'dashboard.ranking.empty': 'No application has a complete review yet.',
  'dashboard.ranking.rank': 'Rank',
  'dashboard.ranking.reference': 'Reference',
  'dashboard.ranking.organisation': 'Organisation',
  'dashboard.ranking.project': 'Project',
  'dashboard.ranking.score': 'Score',
  'dashboard.ranking.scoreValue': '{score}/100',
  'dashboard.ranking.status': 'Status',
  'dashboard.ranking.amount': 'Amount requested',
  'dashboard.ranking.disagreement': 'Reviewer disagreement',
  'dashboard.ranking.agreement': 'None',
  'dashboard.ranking.disagreementOn': 'Gap on: {criteria}',

  'dashboard.missing.title': 'Applications waiting for a review',
  'dashboard.missing.intro': '{count} submitted or under-review application(s) with no review handed in.',
  'dashboard.missing.empty': 'Every application under review has at least one review.',
  'dashboard.missing.noReviewer': 'No reviewer assigned',
  'dashboard.missing.oneReviewer': '1 reviewer assigned, review not handed in',
  'dashboard.missing.reviewers': '{count} reviewers assigned, no review handed in',
};
