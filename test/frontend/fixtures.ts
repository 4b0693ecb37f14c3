/**
 * Programme fixtures shaped like the API's answers, with realistic ESS data; the
 * API harness (support/api-harness.ts) checks them against the routes when served.
 */
import { toSummary, type Program, type ProgramSummary } from '../../functions/src/domain/program';
import type { Me } from '../../frontend/src/lib/api';
import { jsonResponse, problem } from './support/api-harness';

const communes = [
  { insee: '62041', postcode: '62000', name: 'Arras' },
  { insee: '62065', postcode: '62217', name: 'Beaurains' },
  { insee: '62753', postcode: '62223', name: 'Saint-Laurent-Blangy' },
];

/** The seed fund: every rule filled in, so the programme page shows every fact. */
export const amorcage: Program = {
  id: 'amorcage-ess-2026',
  status: 'published',
  title: { fr: "Fonds d'amorçage ESS 2026", en: 'ESS seed fund 2026' },
  summary: {
    fr: "Une aide au démarrage pour les structures de l'économie sociale et solidaire qui créent des emplois sur le territoire.",
    en: 'Start-up funding for social and solidarity economy organisations creating jobs in the area.',
  },
  description: {
    fr: "Le fonds soutient les premiers mois d'activité : équipement, premiers recrutements, études de marché.\n\nLes projets sont examinés par un comité d'attribution qui se réunit chaque trimestre.",
    en: 'The fund supports the first months of activity: equipment, first hires, market studies.\n\nProjects are examined by an award committee that meets every quarter.',
  },
  opensAt: '2026-11-01T00:00:00+01:00',
  closesAt: '2027-02-28T23:59:59+01:00',
  envelopeCents: 30_000_000,
  referencePrefix: 'ESS',
  contactEmail: 'ess@example.org',
  rules: {
    legalForms: ['association', 'scop', 'scic', 'en_creation'],
    territory: { name: "Communauté urbaine d'Arras", communes },
    stages: ['creation'],
    minAmountCents: 100_000,
    maxAmountCents: 3_000_000,
    maxShareOfBudgetPercent: 50,
    organisationAgeMonths: { min: null, max: 36 },
    siretRequired: false,
  },
  questions: [],
  documents: [
    { type: 'statuts', required: true, help: null },
    { type: 'budget_previsionnel', required: true, help: { fr: 'Sur 12 mois.', en: 'Over 12 months.' } },
    { type: 'rapport_activite', required: false, help: null },
  ],
  maxFileSizeBytes: 10 * 1024 * 1024,
  rubric: [],
  version: 1,
  createdAt: '2026-09-15T10:00:00+02:00',
  updatedAt: '2026-09-15T10:00:00+02:00',
};

/** The second open call, as it appears in the list. */
export const innovationSummary: ProgramSummary = {
  id: 'innovation-sociale-2026',
  status: 'published',
  title: { fr: 'Appel à projets Innovation sociale 2026', en: 'Social innovation call for projects 2026' },
  summary: {
    fr: 'Pour expérimenter de nouvelles réponses aux besoins sociaux du territoire.',
    en: 'To test new answers to the social needs of the area.',
  },
  opensAt: '2026-10-15T00:00:00+02:00',
  closesAt: '2027-01-31T23:59:59+01:00',
  envelopeCents: 50_000_000,
  minAmountCents: 500_000,
  maxAmountCents: 8_000_000,
  maxShareOfBudgetPercent: 60,
  territoryName: "Communauté urbaine d'Arras",
};

/** The seed fund as the list endpoint returns it. */
export const amorcageSummary: ProgramSummary = toSummary(amorcage);

export { jsonResponse };

/** The signed-in applicant. */
export const lea: Me = { id: 'usr_lea', email: 'lea@example.org', displayName: 'lea', role: 'applicant', locale: 'fr' };

/** GET /api/me for a signed-in applicant, or the 401 of a visitor. */
export const signedIn = { 'GET /api/me': () => jsonResponse(lea) };
export const signedOut = { 'GET /api/me': () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' }) };
