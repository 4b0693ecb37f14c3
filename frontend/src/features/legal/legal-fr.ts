import type { LegalContent } from './legal';

/** French text of the regulatory pages; the French version is the one that binds the authority. */
export const legalFr: LegalContent = {
  accessibility: {
    title: "Déclaration d'accessibilité",
    intro:
      "La Communauté d'agglomération s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique au service en ligne Guichet ESS.",
    sections: [
      {
        heading: 'État de conformité',
        blocks: [
          "Guichet ESS est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Le service n'a pas encore fait l'objet d'un audit complet : un audit est en cours.",
          'Le service est conçu pour respecter le niveau AA des WCAG 2.1 : navigation au clavier, structure des titres, contrastes, libellés des champs et textes alternatifs.',
        ],
      },
      {
        heading: 'Contenus non accessibles',
        blocks: [
          "Les résultats détaillés de l'audit, et la liste des contenus non accessibles, seront publiés sur cette page dès sa conclusion.",
        ],
      },
      {
        heading: 'Établissement de cette déclaration',
        blocks: [
          'Cette déclaration a été établie en novembre 2026.',
          {
            items: [
              'Technologies utilisées : HTML5, CSS, JavaScript.',
              "Tests effectués avec Chromium, le clavier seul et l'outil automatique axe-core.",
            ],
          },
        ],
      },
      {
        heading: "Retour d'information et contact",
        blocks: [
          {
            text: "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :",
            link: { label: 'accessibilite@example.org', href: 'mailto:accessibilite@example.org' },
          },
        ],
      },
      {
        heading: 'Voies de recours',
        blocks: [
          "Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :",
          {
            items: [
              'par le formulaire en ligne du Défenseur des droits ;',
              'en contactant un délégué du Défenseur des droits dans votre région ;',
              'par courrier, gratuitement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
            ],
          },
          {
            text: 'Formulaire en ligne :',
            link: { label: 'formulaire.defenseurdesdroits.fr', href: 'https://formulaire.defenseurdesdroits.fr/' },
          },
        ],
      },
    ],
  },
  legalNotice: {
    title: 'Mentions légales',
    intro:
      "Guichet ESS est le service en ligne de dépôt des demandes de subvention de l'unité Économie sociale et solidaire de la Communauté d'agglomération.",
    sections: [
      {
        heading: 'Éditeur',
        blocks: [
          "Communauté d'agglomération (éditeur), direction du développement économique, unité Économie sociale et solidaire.",
          { text: 'Contact :', link: { label: 'ess@example.org', href: 'mailto:ess@example.org' } },
        ],
      },
      {
        heading: 'Directeur de la publication',
        blocks: ["Le président ou la présidente de la Communauté d'agglomération."],
      },
      {
        heading: 'Hébergement',
        blocks: [
          'Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg.',
          "Les données sont hébergées dans la région Europe (Paris) d'Amazon Web Services.",
        ],
      },
      {
        heading: 'Logiciel libre',
        blocks: [
          "Guichet est un logiciel libre, publié sous licence AGPL-3.0-or-later : toute collectivité peut le réutiliser et l'adapter.",
        ],
      },
      {
        heading: 'Cookies',
        blocks: [
          "Ce service dépose uniquement un cookie de session, strictement nécessaire à la connexion. Il n'utilise ni mesure d'audience ni publicité : aucun consentement n'est donc demandé.",
        ],
      },
    ],
  },
  personalData: {
    title: 'Données personnelles',
    intro:
      "La Communauté d'agglomération traite les données que vous saisissez dans Guichet ESS pour instruire votre demande de subvention. Cette page vous explique lesquelles, pourquoi, pendant combien de temps et comment exercer vos droits.",
    sections: [
      {
        heading: 'Responsable du traitement et finalité',
        blocks: [
          "Le responsable du traitement est la Communauté d'agglomération. La finalité est l'instruction des demandes de subvention : vérification de l'éligibilité, dépôt et suivi du dossier, évaluation, décision et versement de l'aide.",
        ],
      },
      {
        heading: 'Base légale',
        blocks: [
          "Le traitement est nécessaire à l'exécution d'une mission d'intérêt public dont est investie la Communauté d'agglomération (article 6, paragraphe 1, point e du RGPD) : le soutien au développement économique de son territoire.",
        ],
      },
      {
        heading: 'Données traitées',
        blocks: [
          {
            items: [
              'votre adresse électronique, qui sert à vous connecter et à vous écrire ;',
              'les informations sur votre structure : nom, forme juridique, numéro SIRET, adresse ;',
              'la description du projet, son budget et son plan de financement ;',
              'les pièces justificatives que vous déposez ;',
              "l'historique du dossier : échanges avec le service, évaluations et décision.",
            ],
          },
        ],
      },
      {
        heading: 'Destinataires',
        blocks: [
          "Seuls les agents habilités de l'unité Économie sociale et solidaire, les membres du comité d'attribution désignés pour votre dossier et l'hébergeur, en qualité de sous-traitant, accèdent à vos données. Elles ne sont ni vendues ni cédées.",
        ],
      },
      {
        heading: 'Durée de conservation',
        blocks: [
          {
            items: [
              "brouillons jamais déposés : 12 mois après la clôture de l'appel à projets ;",
              'demandes non retenues ou retirées : 3 ans après la décision ;',
              'demandes retenues : 10 ans après le dernier versement, pour les contrôles comptables et financiers.',
            ],
          },
        ],
      },
      {
        heading: 'Vos droits',
        blocks: [
          "Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition au traitement de vos données. Pour les exercer, écrivez au délégué à la protection des données :",
          { text: 'Adresse :', link: { label: 'dpo@example.org', href: 'mailto:dpo@example.org' } },
          {
            text: 'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL :',
            link: { label: 'www.cnil.fr', href: 'https://www.cnil.fr/' },
          },
        ],
      },
    ],
  },
};
