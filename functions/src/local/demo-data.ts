/**
 * Demo content for the embedded local stack: two realistic ESS programmes and two
 * staff accounts. Dates are relative to the first start so both calls are open.
 */
import { parisToday } from '../domain/calendar';
import { parisLocalToIso } from '../domain/paris-time';
import type { Commune, DocumentRequirement, Program } from '../domain/program';
import type { User } from '../domain/user';

export const DEMO_MANAGER_EMAIL = 'gestionnaire@demo.example.org';
export const DEMO_REVIEWER_EMAIL = 'instructrice@demo.example.org';

/** Communes of the Communauté urbaine d'Arras (excerpt), with INSEE code and postcode. */
const ARRAS_COMMUNES: Commune[] = [
  { insee: '62041', postcode: '62000', name: 'Arras' },
  { insee: '62004', postcode: '62217', name: 'Achicourt' },
  { insee: '62012', postcode: '62217', name: 'Agny' },
  { insee: '62037', postcode: '62223', name: 'Anzin-Saint-Aubin' },
  { insee: '62040', postcode: '62223', name: 'Athies' },
  { insee: '62099', postcode: '62217', name: 'Beaurains' },
  { insee: '62263', postcode: '62000', name: 'Dainville' },
  { insee: '62329', postcode: '62223', name: 'Feuchy' },
  { insee: '62557', postcode: '62161', name: 'Marœuil' },
  { insee: '62744', postcode: '62223', name: 'Sainte-Catherine' },
  { insee: '62753', postcode: '62223', name: 'Saint-Laurent-Blangy' },
  { insee: '62758', postcode: '62223', name: 'Saint-Nicolas' },
  { insee: '62817', postcode: '62217', name: 'Tilloy-lès-Mofflaines' },
  { insee: '62872', postcode: '62217', name: 'Wancourt' },
];

const TERRITORY = { name: "Communauté urbaine d'Arras", communes: ARRAS_COMMUNES };

const doc = (type: DocumentRequirement['type'], required: boolean): DocumentRequirement => ({ type, required, help: null });

const DAY = 24 * 60 * 60 * 1000;
/** Midnight Paris time (23:00 UTC in winter) `days` from `now`, so deadlines read as whole days. */
function dayFrom(now: Date, days: number): string {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(23, 0, 0, 0);
  return d.toISOString();
}

/** 23:59 Paris time on the Paris day `days` from `now`: a deadline is inclusive and states its minute. */
function deadlineFrom(now: Date, days: number): string {
  const instant = parisLocalToIso(parisToday(new Date(now.getTime() + days * DAY)), '23:59');
  if (!instant.ok) throw new Error('23:59 always exists in Paris');
  return new Date(instant.iso).toISOString();
}

export function demoPrograms(now: Date): Program[] {
  const stamp = now.toISOString();
  return [
    {
      id: 'amorcage-ess',
      status: 'published',
      title: { fr: "Fonds d'amorçage ESS", en: 'ESS seed fund' },
      summary: {
        fr: "Une subvention de 1 000 € à 30 000 € pour lancer ou consolider une activité d'économie sociale et solidaire sur le territoire.",
        en: 'A grant of €1,000 to €30,000 to start or strengthen a social and solidarity economy activity in the area.',
      },
      description: {
        fr: "Le fonds d'amorçage soutient les structures de l'ESS de moins de trois ans : associations, coopératives, mutuelles, fondations et entreprises agréées ESUS, y compris les projets en cours de création.\n\nLa subvention finance au plus 50 % du budget du projet : investissements, premiers recrutements, études de faisabilité. Les dossiers sont instruits par le service ESS et présentés au comité d'engagement chaque trimestre.",
        en: 'The seed fund supports ESS organisations less than three years old: associations, cooperatives, mutuals, foundations and ESUS-approved companies, including projects still being set up.\n\nThe grant covers at most 50% of the project budget: investment, first hires, feasibility studies. The ESS unit reviews applications and presents them to the funding committee every quarter.',
      },
      opensAt: dayFrom(now, -30),
      closesAt: deadlineFrom(now, 90),
      envelopeCents: 300_000_00,
      referencePrefix: 'ESS',
      contactEmail: 'ess@demo.example.org',
      rules: {
        legalForms: ['association', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'en_creation'],
        territory: TERRITORY,
        stages: ['creation', 'development'],
        minAmountCents: 1_000_00,
        maxAmountCents: 30_000_00,
        maxShareOfBudgetPercent: 50,
        organisationAgeMonths: { min: null, max: 36 },
        siretRequired: false,
      },
      questions: [
        {
          id: 'accompagnement',
          type: 'yesno',
          label: {
            fr: 'Êtes-vous accompagné·e par une structure d’appui (incubateur, DLA, couveuse) ?',
            en: 'Are you supported by an incubator or support body?',
          },
          help: null,
          required: true,
          options: null,
        },
        {
          id: 'partenaires',
          type: 'longtext',
          label: { fr: 'Partenaires du projet', en: 'Project partners' },
          help: {
            fr: 'Collectivités, entreprises, associations, financeurs solidaires…',
            en: 'Local authorities, companies, associations, social lenders…',
          },
          required: false,
          options: null,
        },
      ],
      documents: [
        doc('statuts', true),
        doc('avis_sirene', true),
        doc('rib', true),
        doc('budget_previsionnel', true),
        doc('derniers_comptes', false),
      ],
      maxFileSizeBytes: 10 * 1024 * 1024,
      rubric: [
        {
          id: 'utilite_sociale',
          label: { fr: 'Utilité sociale', en: 'Social utility' },
          description: { fr: 'Réponse à un besoin social du territoire.', en: 'Answers a social need of the area.' },
          weight: 3,
        },
        {
          id: 'viabilite',
          label: { fr: 'Viabilité économique', en: 'Economic viability' },
          description: { fr: 'Modèle économique et plan de financement crédibles.', en: 'Credible business model and financing plan.' },
          weight: 3,
        },
        {
          id: 'gouvernance',
          label: { fr: 'Gouvernance démocratique', en: 'Democratic governance' },
          description: { fr: 'Place des salariés et des bénévoles dans les décisions.', en: 'Employees and volunteers share decisions.' },
          weight: 2,
        },
        {
          id: 'ancrage',
          label: { fr: 'Ancrage territorial', en: 'Local roots' },
          description: { fr: 'Partenariats et emplois sur le territoire.', en: 'Local partnerships and jobs.' },
          weight: 2,
        },
      ],
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'innovation-sociale',
      status: 'published',
      title: { fr: 'Appel à projets Innovation sociale', en: 'Social innovation call for projects' },
      summary: {
        fr: 'Jusqu’à 80 000 € pour les structures de l’ESS qui expérimentent une réponse nouvelle à un besoin social mal couvert.',
        en: 'Up to €80,000 for ESS organisations testing a new answer to an unmet social need.',
      },
      description: {
        fr: "L'appel à projets s'adresse aux structures de l'ESS immatriculées depuis au moins un an qui développent une innovation sociale : nouveau service, nouvelle forme d'organisation ou nouveau public.\n\nLa subvention couvre au plus 60 % du budget. Un jury composé d'élus et de partenaires de l'ESS classe les projets selon la grille publiée.",
        en: 'This call is for ESS organisations registered for at least a year that develop a social innovation: a new service, a new way of organising, or a new public.\n\nThe grant covers at most 60% of the budget. A panel of elected officials and ESS partners ranks projects against the published rubric.',
      },
      opensAt: dayFrom(now, -10),
      closesAt: deadlineFrom(now, 60),
      envelopeCents: 500_000_00,
      referencePrefix: 'INNOV',
      contactEmail: 'innovation-sociale@demo.example.org',
      rules: {
        legalForms: ['association', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus'],
        territory: TERRITORY,
        stages: ['development'],
        minAmountCents: 5_000_00,
        maxAmountCents: 80_000_00,
        maxShareOfBudgetPercent: 60,
        organisationAgeMonths: { min: 12, max: null },
        siretRequired: true,
      },
      questions: [
        {
          id: 'public_cible',
          type: 'choice',
          label: { fr: 'Public principal du projet', en: 'Main public of the project' },
          help: null,
          required: true,
          options: [
            { value: 'jeunes', label: { fr: 'Jeunes (16–25 ans)', en: 'Young people (16–25)' } },
            { value: 'seniors', label: { fr: 'Personnes âgées', en: 'Older people' } },
            { value: 'emploi', label: { fr: "Personnes éloignées de l'emploi", en: 'People far from employment' } },
            { value: 'tous', label: { fr: 'Tous publics', en: 'Everyone' } },
          ],
        },
        {
          id: 'beneficiaires',
          type: 'number',
          label: { fr: 'Nombre de bénéficiaires attendus la première année', en: 'Expected beneficiaries in the first year' },
          help: null,
          required: true,
          options: null,
        },
        {
          id: 'demarrage',
          type: 'date',
          label: { fr: "Date de démarrage de l'expérimentation", en: 'Start date of the experiment' },
          help: null,
          required: true,
          options: null,
        },
        {
          id: 'innovation',
          type: 'longtext',
          label: { fr: 'En quoi le projet est-il innovant ?', en: 'What makes the project innovative?' },
          help: { fr: '2 000 caractères au plus.', en: '2,000 characters at most.' },
          required: true,
          options: null,
        },
      ],
      documents: [
        doc('statuts', true),
        doc('avis_sirene', true),
        doc('rib', true),
        doc('budget_previsionnel', true),
        doc('derniers_comptes', true),
        doc('rapport_activite', false),
      ],
      maxFileSizeBytes: 10 * 1024 * 1024,
      rubric: [
        {
          id: 'innovation',
          label: { fr: 'Caractère innovant', en: 'Innovation' },
          description: { fr: 'Nouveauté de la réponse apportée.', en: 'Novelty of the answer.' },
          weight: 3,
        },
        {
          id: 'impact',
          label: { fr: 'Impact social', en: 'Social impact' },
          description: { fr: 'Bénéficiaires touchés et changement attendu.', en: 'People reached and expected change.' },
          weight: 3,
        },
        {
          id: 'cooperation',
          label: { fr: 'Coopérations', en: 'Cooperation' },
          description: { fr: 'Partenariats avec les acteurs du territoire.', en: 'Partnerships with local actors.' },
          weight: 2,
        },
        {
          id: 'faisabilite',
          label: { fr: 'Faisabilité', en: 'Feasibility' },
          description: { fr: 'Moyens humains et calendrier réalistes.', en: 'Realistic team and timeline.' },
          weight: 2,
        },
      ],
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

export function demoStaff(now: Date): User[] {
  const stamp = now.toISOString();
  return [
    {
      id: 'demo-manager',
      email: DEMO_MANAGER_EMAIL,
      displayName: 'Camille Martin',
      role: 'manager',
      status: 'active',
      locale: 'fr',
      createdAt: stamp,
    },
    {
      id: 'demo-reviewer',
      email: DEMO_REVIEWER_EMAIL,
      displayName: 'Inès Bernard',
      role: 'reviewer',
      status: 'active',
      locale: 'fr',
      createdAt: stamp,
    },
  ];
}
