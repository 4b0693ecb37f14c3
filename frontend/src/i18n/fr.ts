/**
 * French messages: the source of truth for every interface string. French is the
 * service's default language, so each new key starts here or in a feature's
 * `messages.ts`, and English must follow (a missing English key is a type error).
 *
 * This file holds the core messages (the frame, statuses, the home page, what
 * several features or the shared components use) and composes the dictionaries
 * every visitor loads: the UI kit's, the applicant journey's (./fr-journey.ts),
 * the application form's and the programme page's. The staff features' messages
 * load later, with the staff chunks (./staff-messages.ts).
 */
import { applicationFormFr } from '../features/application-form/messages';
import { programmesFr } from '../features/programmes/messages';
import { uiFr } from '../ui/messages';
import { frJourney } from './fr-journey';
import type { staffMessages } from './staff-messages';

export const fr = {
  // {portal}, {authority}, {Authority} (with its article, capitalised) and {shortName} come from the site configuration (lib/site.ts).
  'app.subtitle': '{authority} — Économie sociale et solidaire',
  'app.pageTitle': '{page} — {portal}',

  'nav.skip': 'Aller au contenu',
  'nav.breadcrumb': "Fil d'Ariane",
  'nav.home': 'Accueil',
  'nav.backHome': "Retour à l'accueil",

  'lang.label': 'Langue / Language',

  'footer.nav': 'Informations légales',
  'footer.accessibility': 'Accessibilité : partiellement conforme',
  'footer.legalNotice': 'Mentions légales',
  'footer.contact': 'Contact\u00a0:',
  'footer.personalData': 'Données personnelles',
  'footer.openSource': 'Guichet est un logiciel libre, publié sous licence AGPL-3.0-or-later.',

  'status.loading': 'Chargement…',
  'status.retry': 'Réessayer',
  'status.unavailable': 'Le service est momentanément indisponible. Vérifiez votre connexion puis réessayez.',

  'home.title': "Financer votre projet d'économie sociale et solidaire",
  'home.intro':
    "{Authority} soutient les projets de l'économie sociale et solidaire implantés sur son territoire. Peuvent candidater les coopératives (SCOP, SCIC, CAE), les mutuelles, les associations, les fondations et les entreprises agréées ESUS (entreprise solidaire d'utilité sociale).",
  'home.howTo':
    'Chaque appel à projets précise les structures éligibles, les montants, la part du budget financée et les pièces à fournir.',
  'home.openCalls': 'Appels ouverts',
  'home.empty': "Aucun appel à projets n'est ouvert pour le moment.",
  'home.loadError': "Les appels à projets n'ont pas pu être chargés.",

  'program.dates': 'Du {start} au {end}',
  'deadline.label': 'Date limite de dépôt',
  'deadline.lead': 'Date limite de dépôt\u00a0:',
  'program.amounts': 'De {min} à {max}',
  'program.amountsUpTo': "Jusqu'à {max}",
  'program.share': "jusqu'à {percent} du budget du projet",
  'program.loadError': "L'appel à projets n'a pas pu être chargé.",
  'program.notFound': 'Programme introuvable',
  'program.notFoundText': "Cet appel à projets n'existe pas ou n'est plus publié.",

  'facts.dates': 'Période de dépôt',
  'facts.amounts': "Montant de l'aide",
  'facts.envelope': 'Enveloppe totale',
  'facts.territory': 'Territoire',

  'legalForm.association': 'Association',
  'legalForm.scop': 'SCOP (société coopérative et participative)',
  'legalForm.scic': "SCIC (société coopérative d'intérêt collectif)",
  'legalForm.cae': "CAE (coopérative d'activité et d'emploi)",
  'legalForm.mutuelle': 'Mutuelle',
  'legalForm.fondation': 'Fondation',
  'legalForm.esus': 'Entreprise agréée ESUS',
  'legalForm.en_creation': 'Structure en cours de création',

  'stage.creation': 'Création',
  'stage.development': 'Développement',

  'document.statuts': 'Statuts',
  'document.avis_sirene': 'Avis de situation SIRENE',
  'document.kbis': 'Extrait Kbis',
  'document.rib': 'RIB',
  'document.budget_previsionnel': 'Budget prévisionnel',
  'document.derniers_comptes': 'Derniers comptes approuvés',
  'document.liste_dirigeants': 'Liste des dirigeants',
  'document.agrement_esus': 'Agrément ESUS',
  'document.rapport_activite': "Dernier rapport d'activité",
  'document.autre': 'Autre document',

  'notFound.title': 'Page introuvable',
  'notFound.text': "La page demandée n'existe pas. Vérifiez l'adresse ou repartez de l'accueil.",

  // The frame (shell/): the account menu and the staff area's navigation and refusal.
  'account.nav': 'Mon espace',
  'account.signIn': 'Se connecter',
  'account.signOut': 'Se déconnecter',
  'account.myApplications': 'Mes demandes',
  'account.myAccount': 'Mon compte',
  'account.signedInAs': 'Votre compte\u00a0:',

  // Shared by the application form and the programme builder.
  'form.optional': '(facultatif)',
  'form.errorPrefix': 'Erreur :',

  'staff.area': 'Espace instruction',
  'staff.nav': 'Espace instruction',
  'staff.nav.programs': 'Programmes',
  'staff.nav.team': 'Équipe',
  'staff.refused.title': 'Accès réservé',
  'staff.refused.text':
    'Cette page est réservée aux équipes du service (instruction et gestion des programmes). Si vous pensez devoir y accéder, demandez-le à un gestionnaire.',

  ...uiFr,
  ...frJourney,
  ...applicationFormFr,
  ...programmesFr,
} as const;

/**
 * Every message key; `t()` accepts only these, so a typo fails type-checking. The
 * staff pages' keys are part of it, though their messages load with the staff
 * chunks (./staff-messages.ts), not with the pages every visitor opens.
 */
export type MessageKey = keyof typeof fr | keyof (typeof staffMessages)['fr'];

/** Shape another language must fill: every French key loaded up front, with any string. */
export type Messages = { readonly [K in keyof typeof fr]: string };
