/**
 * French messages: the source of truth for every interface string. French is the
 * service's default language, so each new key starts here and `en.ts` must follow
 * (a missing English key is a type error).
 */
import { frForm } from './fr-form';
import type { staffPageMessages } from './staff-pages';
import { frJourney } from './fr-journey';
import { frStaff } from './fr-staff';

export const fr = {
  'app.name': 'Guichet ESS',
  'app.subtitle': "Communauté d'agglomération — Économie sociale et solidaire",
  'app.pageTitle': '{page} — Guichet ESS',

  'nav.skip': 'Aller au contenu',
  'nav.breadcrumb': "Fil d'Ariane",
  'nav.home': 'Accueil',
  'nav.backHome': "Retour à l'accueil",

  'lang.label': 'Langue / Language',

  'footer.nav': 'Informations légales',
  'footer.accessibility': 'Accessibilité : non conforme',
  'footer.legalNotice': 'Mentions légales',
  'footer.personalData': 'Données personnelles',
  'footer.openSource': 'Guichet est un logiciel libre, publié sous licence AGPL-3.0-or-later.',

  'status.loading': 'Chargement…',
  'status.retry': 'Réessayer',
  'status.unavailable': 'Le service est momentanément indisponible. Vérifiez votre connexion puis réessayez.',

  'home.title': "Financer votre projet d'économie sociale et solidaire",
  'home.intro':
    "La Communauté d'agglomération soutient les projets de l'économie sociale et solidaire implantés sur son territoire. Peuvent candidater les coopératives (SCOP, SCIC, CAE), les mutuelles, les associations, les fondations et les entreprises agréées ESUS (entreprise solidaire d'utilité sociale).",
  'home.howTo':
    'Chaque appel à projets précise les structures éligibles, les montants, la part du budget financée et les pièces à fournir.',
  'home.openCalls': 'Appels ouverts',
  'home.empty': "Aucun appel à projets n'est ouvert pour le moment.",
  'home.loadError': "Les appels à projets n'ont pas pu être chargés.",

  'program.dates': 'Du {start} au {end}',
  'program.amounts': 'De {min} à {max}',
  'program.amountsUpTo': "Jusqu'à {max}",
  'program.share': "jusqu'à {percent} du budget du projet",
  'program.docTitle': 'Appel à projets',
  'program.loadError': "L'appel à projets n'a pas pu être chargé.",
  'program.notFound': 'Programme introuvable',
  'program.notFoundText': "Cet appel à projets n'existe pas ou n'est plus publié.",
  'program.keyFacts': 'En bref',
  'program.about': 'Présentation',
  'program.documents': 'Pièces à fournir',
  'program.documentsRequired': 'Pièces obligatoires',
  'program.documentsOptional': 'Pièces facultatives',
  'program.noDocuments': "Aucune pièce n'est demandée pour cet appel.",
  'program.contact': 'Contact',
  'program.contactText': 'Une question sur cet appel à projets ? Écrivez au service :',
  'program.communes': 'Voir les {count} communes',

  'facts.dates': 'Période de dépôt',
  'facts.amounts': "Montant de l'aide",
  'facts.share': 'Part financée',
  'facts.envelope': 'Enveloppe totale',
  'facts.territory': 'Territoire',
  'facts.legalForms': 'Structures éligibles',
  'facts.stages': 'Stade du projet',
  'facts.siret': 'Numéro SIRET',
  'facts.siretRequired': 'Obligatoire',
  'facts.siretOptional': 'Non obligatoire',
  'facts.age': 'Ancienneté de la structure',
  'facts.ageMin': 'Au moins {min} mois',
  'facts.ageMax': 'Au plus {max} mois',
  'facts.ageRange': 'Entre {min} et {max} mois',

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

  ...frJourney,
  ...frForm,
  ...frStaff,
} as const;

/**
 * Every message key; `t()` accepts only these, so a typo fails type-checking. The
 * staff pages' keys are part of it, though their messages load with the staff
 * chunks (./staff-pages.ts), not with the pages every visitor opens.
 */
export type MessageKey = keyof typeof fr | keyof (typeof staffPageMessages)['fr'];

/** Shape another language must fill: every French key loaded up front, with any string. */
export type Messages = { readonly [K in keyof typeof fr]: string };
