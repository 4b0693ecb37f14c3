/**
 * Staff-side fixtures for the staff home, dashboard and team tests: a manager and
 * a reviewer, programmes in each status, a dashboard with decisions, ranking and
 * disagreements, the team and an account's audit trail.
 */
import type { AuditEvent } from '../../../../functions/src/domain/audit';
import type { Program, ProgramSummary } from '../../../../functions/src/domain/program';
import type { Me } from '../../../../frontend/src/lib/api';
import type { Dashboard, RankingEntry, StaffUser } from '../../../../frontend/src/lib/staff-api';
import { amorcage, amorcageSummary, innovationSummary, jsonResponse } from '../../fixtures';

export const manager: Me = {
  id: 'usr_marie',
  email: 'marie.dupont@agglo.example',
  displayName: 'Marie Dupont',
  role: 'manager',
  locale: 'fr',
};
export const reviewer: Me = {
  id: 'usr_karim',
  email: 'karim.benali@agglo.example',
  displayName: 'Karim Benali',
  role: 'reviewer',
  locale: 'fr',
};

export const asManager = { 'GET /api/me': () => jsonResponse(manager) };
export const asReviewer = { 'GET /api/me': () => jsonResponse(reviewer) };

export const draftSummary: ProgramSummary = {
  ...innovationSummary,
  id: 'tiers-lieux-2027',
  status: 'draft',
  title: { fr: 'Tiers-lieux solidaires 2027', en: 'Solidarity third places 2027' },
  opensAt: '2027-03-01T00:00:00+01:00',
  closesAt: '2027-06-30T23:59:59+02:00',
  envelopeCents: 15_000_000,
};

export const closedSummary: ProgramSummary = {
  ...innovationSummary,
  id: 'ressourceries-2025',
  status: 'closed',
  title: { fr: 'Ressourceries 2025', en: 'Reuse shops 2025' },
  opensAt: '2025-02-01T00:00:00+01:00',
  closesAt: '2025-05-31T23:59:59+02:00',
  envelopeCents: 8_000_000,
};

/** The seed fund with a rubric, so disagreements can be named by criterion. */
export const amorcageWithRubric: Program = {
  ...amorcage,
  rubric: [
    {
      id: 'impact_social',
      label: { fr: 'Impact social', en: 'Social impact' },
      description: { fr: 'Utilité sociale.', en: 'Social utility.' },
      weight: 3,
    },
    {
      id: 'viabilite',
      label: { fr: 'Viabilité économique', en: 'Economic viability' },
      description: { fr: 'Modèle.', en: 'Model.' },
      weight: 2,
    },
  ],
};

export const programs = [amorcageSummary, draftSummary, closedSummary];

function entry(id: string, overrides: Partial<RankingEntry>): RankingEntry {
  return {
    id,
    reference: `ESS-2026-${id.slice(-6).padStart(6, '0')}`,
    organisationName: 'La Ressourcerie du Val',
    projectTitle: 'Atelier de réparation',
    status: 'in_review',
    score: null,
    disagreement: [],
    amountRequestedCents: 2_500_000,
    reviewerCount: 2,
    ...overrides,
  };
}

export const dashboard: Dashboard = {
  programId: amorcage.id,
  counts: { draft: 4, submitted: 3, in_review: 5, changes_requested: 1, approved: 2, rejected: 1, withdrawn: 0 },
  envelopeCents: 30_000_000,
  remainingCents: 26_500_000,
  requestedCents: 21_000_000,
  awardedCents: 3_500_000,
  envelopeOverTime: [
    { date: '2026-12-03', awardedCents: 1_500_000 },
    { date: '2026-12-10', awardedCents: 3_500_000 },
  ],
  ranking: [
    entry('app_000002', { organisationName: 'Fab Lab Arras', projectTitle: 'Imprimer pour réparer', score: 86.7, status: 'approved' }),
    entry('app_000007', {
      organisationName: 'SCIC Les Jardins de Beaurains',
      projectTitle: 'Légumes bio en circuit court',
      score: 72.5,
      disagreement: ['impact_social', 'viabilite'],
    }),
    entry('app_000011', {
      reference: null,
      organisationName: 'Café culturel',
      projectTitle: 'Scène ouverte',
      score: 55,
      amountRequestedCents: null,
    }),
  ],
  missingReviews: [
    entry('app_000021', {
      organisationName: 'Club ESS Arras',
      projectTitle: 'Rencontres mensuelles',
      reviewerCount: 0,
      status: 'submitted',
    }),
    entry('app_000022', { organisationName: 'Mutuelle des Cheminots', projectTitle: 'Prévention santé', reviewerCount: 2 }),
  ],
};

export const team: StaffUser[] = [
  {
    id: 'usr_karim',
    email: 'karim.benali@agglo.example',
    displayName: 'Karim Benali',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: '2026-09-01T08:00:00Z',
  },
  {
    id: 'usr_marie',
    email: 'marie.dupont@agglo.example',
    displayName: 'Marie Dupont',
    role: 'manager',
    status: 'active',
    locale: 'fr',
    createdAt: '2026-08-01T08:00:00Z',
  },
];

export const karimEvents: AuditEvent[] = [
  {
    id: 'evt_1',
    subject: 'user',
    subjectId: 'usr_karim',
    type: 'user_invited',
    at: '2026-09-01T08:00:00Z',
    actorId: 'usr_marie',
    actorRole: 'manager',
    actorName: 'Marie Dupont',
    changed: ['role'],
    before: null,
    after: { role: 'reviewer' },
  },
  {
    id: 'evt_2',
    subject: 'user',
    subjectId: 'usr_karim',
    type: 'user_updated',
    at: '2026-10-15T13:30:00Z',
    actorId: 'usr_marie',
    actorRole: 'manager',
    actorName: 'Marie Dupont',
    changed: ['status'],
    before: { status: 'active' },
    after: { status: 'disabled' },
  },
];
