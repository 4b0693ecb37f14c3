import { ofAuthority, type Site, theAuthority, theAuthorityCapitalised } from '../../../../functions/src/domain/site';
import {
  AUDIT_DATE,
  AUDITED_CRITERIA,
  AUDITED_PAGES,
  conformityRate,
  KEYBOARD_PAGES,
  NON_CONFORMITIES,
  RGAA_CRITERIA,
} from './accessibility-audit';
import type { LegalContent } from './legal';

const mail = (address: string) => ({ label: address, href: `mailto:${address}` });
const pageName = (path: string) => AUDITED_PAGES.find((p) => p.path === path)?.fr ?? path;

/**
 * French text of the regulatory pages; the French version is the one that binds the
 * authority. Names, contacts and legal lines come from the site configuration; the
 * accessibility statement's results from the audit (./accessibility-audit.ts).
 */
export function legalFr(site: Site): LegalContent {
  const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(AUDIT_DATE));
  const checked = AUDITED_CRITERIA.length;
  return {
    accessibility: {
      title: "Déclaration d'accessibilité",
      intro: `${theAuthorityCapitalised(site)} s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au service en ligne ${site.portalName}.`,
      sections: [
        {
          heading: 'État de conformité',
          blocks: [
            `${site.portalName} est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.`,
          ],
        },
        {
          heading: 'Résultats des tests',
          blocks: [
            `L'audit du ${date} a vérifié ${checked} des ${RGAA_CRITERIA} critères du RGAA 4.1, sur les ${AUDITED_PAGES.length} pages de l'échantillon\u00a0: ${conformityRate()}\u00a0% des critères vérifiés sont respectés.`,
            `Les ${RGAA_CRITERIA - checked} autres critères n'ont pas été audités\u00a0; en particulier, la pertinence des alternatives, des titres, des intitulés de liens et de boutons, l'ordre de tabulation et la compatibilité avec les lecteurs d'écran n'ont pas été jugés par une personne. Un audit complet reste à faire.`,
            'Critères vérifiés\u00a0:',
            { items: AUDITED_CRITERIA.map((c) => `${c.id} ${c.title.fr}${c.scope ? ` (${c.scope.fr})` : ''}`) },
          ],
        },
        {
          heading: 'Contenus non accessibles',
          blocks: [
            ...(NON_CONFORMITIES.length === 0
              ? ["Non-conformités\u00a0: l'audit n'a relevé aucune non-conformité sur les critères vérifiés."]
              : [
                  "Non-conformités relevées par l'audit\u00a0:",
                  { items: NON_CONFORMITIES.map((n) => `${n.criterion}, ${pageName(n.path)}\u00a0: ${n.fr}`) },
                ]),
            'Dérogations pour charge disproportionnée\u00a0: aucune.',
            "Contenus non soumis à l'obligation d'accessibilité\u00a0: les pièces justificatives déposées par les porteurs de projet, qui sont des documents de tiers.",
          ],
        },
        {
          heading: 'Établissement de cette déclaration',
          blocks: [
            `Cette déclaration a été établie le ${date}.`,
            {
              items: [
                'Technologies utilisées\u00a0: HTML5, CSS, JavaScript.',
                "Méthode\u00a0: un test automatisé, rejoué à chaque modification du service, pilote le navigateur Chromium\u00a0; il passe l'outil axe-core sur chaque page, vérifie l'affichage à 320 pixels de large et avec un zoom de 200\u00a0%, et parcourt au clavier " +
                  `les pages ${KEYBOARD_PAGES.map((p) => `«\u00a0${pageName(p)}\u00a0»`).join(' et ')}.`,
                `Pages de l'échantillon\u00a0: ${AUDITED_PAGES.map((p) => p.fr).join(', ')}.`,
              ],
            },
          ],
        },
        {
          heading: "Retour d'information et contact",
          blocks: [
            {
              text: "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme\u00a0:",
              link: mail(site.contacts.accessibility),
            },
            `Par courrier\u00a0: ${site.postalAddress.join(', ')}.`,
          ],
        },
        {
          heading: 'Voies de recours',
          blocks: [
            "Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits\u00a0:",
            {
              items: [
                'par le formulaire en ligne du Défenseur des droits\u00a0;',
                'en contactant un délégué du Défenseur des droits dans votre région\u00a0;',
                'par courrier, gratuitement\u00a0: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
              ],
            },
            {
              text: 'Formulaire en ligne\u00a0:',
              link: { label: 'formulaire.defenseurdesdroits.fr', href: 'https://formulaire.defenseurdesdroits.fr/' },
            },
          ],
        },
      ],
    },
    legalNotice: {
      title: 'Mentions légales',
      intro: `${site.portalName} est le service en ligne de dépôt des demandes de subvention de l'${site.unit.fr} ${ofAuthority(site)}.`,
      sections: [
        {
          heading: 'Éditeur',
          blocks: [
            `${site.authority.name} (éditeur), ${site.legal.publisherDepartment.fr}.`,
            site.postalAddress.join(', '),
            { text: 'Contact\u00a0:', link: mail(site.contacts.unit) },
          ],
        },
        {
          heading: 'Directeur de la publication',
          blocks: [site.legal.publicationDirector.fr],
        },
        {
          heading: 'Hébergement',
          blocks: [site.legal.host, site.legal.hostingRegion.fr],
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
      intro: `${theAuthorityCapitalised(site)} traite les données que vous saisissez dans ${site.portalName} pour instruire votre demande de subvention. Cette page vous explique lesquelles, pourquoi, pendant combien de temps et comment exercer vos droits.`,
      sections: [
        {
          heading: 'Responsable du traitement et finalité',
          blocks: [
            `Le responsable du traitement est ${theAuthority(site)}. La finalité est l'instruction des demandes de subvention : vérification de l'éligibilité, dépôt et suivi du dossier, évaluation, décision et versement de l'aide.`,
          ],
        },
        {
          heading: 'Base légale',
          blocks: [
            `Le traitement est nécessaire à l'exécution d'une mission d'intérêt public dont est investie ${theAuthority(site)} (article 6, paragraphe 1, point e du RGPD) : le soutien au développement économique de son territoire.`,
          ],
        },
        {
          heading: 'Données traitées',
          blocks: [
            `${site.portalName} enregistre les données suivantes, et seulement celles-ci.`,
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
            `Seuls les agents habilités de l'${site.unit.fr}, les membres du comité d'attribution désignés pour votre dossier et l'hébergeur, en qualité de sous-traitant, accèdent à vos données. Elles ne sont ni vendues ni cédées.`,
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
            { text: 'Adresse\u00a0:', link: mail(site.contacts.dpo) },
            {
              text: 'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL\u00a0:',
              link: { label: 'www.cnil.fr', href: 'https://www.cnil.fr/' },
            },
          ],
        },
      ],
    },
  };
}
