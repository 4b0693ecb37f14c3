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
          'Guichet ESS enregistre les données suivantes, et seulement celles-ci.',
          'Votre compte\u00a0:',
          {
            items: [
              'votre adresse électronique, qui sert à vous connecter et à vous écrire\u00a0;',
              "la langue de l'interface, dans laquelle nous vous écrivons\u00a0;",
              'la date de création du compte\u00a0;',
              'pour les agents du service seulement\u00a0: le nom affiché et le rôle (instruction ou gestion).',
            ],
          },
          'Vos connexions\u00a0:',
          {
            items: [
              "pour chaque session\u00a0: sa date de création et celle de sa dernière utilisation. Le cookie de session ne contient qu'un identifiant aléatoire\u00a0; une session prend fin après 1 heure sans activité, et au plus tard 8 heures après la connexion\u00a0;",
              "les journaux de sécurité\u00a0: chaque connexion échouée est enregistrée avec une empreinte de l'adresse électronique calculée avec une clé secrète (jamais l'adresse en clair) et l'adresse IP\u00a0; les journaux d'accès sont conservés 1 mois.",
            ],
          },
          'Pour chaque demande\u00a0:',
          {
            items: [
              'la structure\u00a0: nom, forme juridique, numéro SIRET, date de création, adresse, site internet\u00a0;',
              'la personne à contacter\u00a0: nom, fonction, adresse électronique, téléphone\u00a0;',
              'le projet\u00a0: titre, résumé, dimension ESS, publics bénéficiaires, stade, commune, date de démarrage, emplois\u00a0;',
              'le budget et le plan de financement\u00a0;',
              "les réponses aux questions propres à l'appel à projets\u00a0;",
              "la déclaration sur l'honneur\u00a0: nom et fonction du ou de la signataire\u00a0;",
              "les pièces justificatives\u00a0: nom du fichier, type, taille, empreinte SHA-256, résultat de l'analyse antivirus, et le fichier lui-même\u00a0;",
              'les messages échangés avec le service\u00a0;',
              "l'historique du dossier\u00a0: qui a fait quoi, et quand\u00a0;",
              'les évaluations et la décision.',
            ],
          },
          'Pour les instructeurs et instructrices\u00a0:',
          { items: ["leurs déclarations de conflit d'intérêts et leurs évaluations."] },
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
          'Un traitement quotidien applique ces durées\u00a0:',
          {
            retention: {
              items: [
                'brouillons\u00a0: effacés, avec leurs pièces, après {idleDraftMonths} mois sans aucune modification\u00a0; un e-mail vous prévient {draftWarningDays} jours avant\u00a0;',
                'demandes retirées ou non retenues, et leurs pièces\u00a0: effacées {closedApplicationYears} ans après le retrait ou la décision\u00a0;',
                'demandes retenues\u00a0: conservées {approvedApplicationYears} ans après la décision, pour les contrôles comptables et financiers.',
              ],
              loading: 'Chargement des durées de conservation…',
              unavailable:
                "Les durées de conservation n'ont pas pu être chargées. Réessayez, ou demandez-les au délégué à la protection des données (adresse ci-dessous).",
              retry: 'Réessayer',
            },
          },
          {
            text: "Votre compte est conservé jusqu'à ce que vous le supprimiez, depuis la page",
            link: { label: 'Mon\u00a0compte', href: '/compte' },
          },
        ],
      },
      {
        heading: 'Vos droits',
        blocks: [
          {
            items: [
              {
                text: "Droit d'accès et à la portabilité\u00a0: téléchargez en un fichier toutes les données vous concernant, avec le bouton «\u00a0Télécharger mes données\u00a0» de la page",
                link: { label: 'Mon\u00a0compte', href: '/compte' },
              },
              {
                text: "Droit à l'effacement\u00a0: supprimez votre compte avec le bouton «\u00a0Supprimer mon compte\u00a0» de la page",
                link: { label: 'Mon\u00a0compte', href: '/compte' },
              },
            ],
          },
          "Vous disposez aussi d'un droit de rectification, de limitation et d'opposition au traitement de vos données. Pour les exercer, ou pour toute question, écrivez au délégué à la protection des données\u00a0:",
          { text: 'Adresse\u00a0:', link: { label: 'dpo@example.org', href: 'mailto:dpo@example.org' } },
          {
            text: 'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL\u00a0:',
            link: { label: 'www.cnil.fr', href: 'https://www.cnil.fr/' },
          },
        ],
      },
    ],
  },
};
