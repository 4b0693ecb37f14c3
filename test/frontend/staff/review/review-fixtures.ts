/**
 * Staff-side data shaped like the API's answers: a programme with a rubric, queue
 * pages, the team, an application under review with staff events, and reviews.
 */
import type { Assignment, TimelineEvent } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import type { Review } from '../../../../functions/src/domain/scoring';
import type { ApplicationReviews, QueueItem, ReviewState, StaffUser } from '../../../../frontend/src/lib/staff-api';
import { amorcage } from '../../fixtures';
import { view } from '../../journey/application-fixtures';

export const program: Program = {
  ...amorcage,
  rubric: [
    {
      id: 'impact',
      label: { fr: 'Impact social', en: 'Social impact' },
      description: { fr: 'Emplois et publics touchés.', en: 'Jobs and people reached.' },
      weight: 3,
    },
    {
      id: 'viabilite',
      label: { fr: 'Viabilité économique', en: 'Economic viability' },
      description: { fr: 'Budget et financements.', en: 'Budget and funding.' },
      weight: 2,
    },
  ],
};

export function queueItem(id: string, overrides: Partial<QueueItem> = {}): QueueItem {
  const n = id.replace(/\D/g, '').padStart(6, '0');
  return {
    id,
    programId: program.id,
    status: 'submitted',
    reference: `ESS-2026-${n}`,
    submittedAt: '2026-11-05T10:00:00Z',
    organisationName: `Structure ${id}`,
    projectTitle: `Projet ${id}`,
    amountRequestedCents: 1_200_000,
    score: null,
    disagreement: false,
    reviewerCount: 0,
    conflictCount: 0,
    ...overrides,
  };
}

export const team: StaffUser[] = [
  {
    id: 'usr_ines',
    email: 'ines@example.org',
    displayName: 'Inès Bernard',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: '2026-09-01T10:00:00Z',
  },
  {
    id: 'usr_paul',
    email: 'paul@example.org',
    displayName: 'Paul Durand',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: '2026-09-01T10:00:00Z',
  },
  {
    id: 'usr_old',
    email: 'old@example.org',
    displayName: 'Ancien Compte',
    role: 'reviewer',
    status: 'disabled',
    locale: 'fr',
    createdAt: '2026-09-01T10:00:00Z',
  },
  {
    id: 'usr_claire',
    email: 'claire@example.org',
    displayName: 'Claire Martin',
    role: 'manager',
    status: 'active',
    locale: 'fr',
    createdAt: '2026-09-01T10:00:00Z',
  },
];

/** The application under review, as staff load it. */
export function staffView(status: 'submitted' | 'in_review' | 'approved' | 'rejected' = 'in_review') {
  return view({
    status,
    eligibilityAtSubmission: {
      eligible: true,
      criteria: [{ id: 'legal_form', passed: true, reason: { fr: 'Les associations sont éligibles.', en: 'Associations are eligible.' } }],
    },
    ...(status === 'approved' ? { amountAwardedCents: 1_000_000, decidedAt: '2026-11-20T10:00:00Z' } : {}),
  });
}

const event = (
  id: string,
  type: TimelineEvent['type'],
  at: string,
  message: string | null,
  visibility: 'all' | 'staff',
): TimelineEvent => ({
  id,
  applicationId: 'app_1',
  type,
  at,
  actorId: 'usr_claire',
  actorRole: 'manager',
  from: null,
  to: null,
  message,
  visibility,
});

export const staffEvents: TimelineEvent[] = [
  event('ev_2', 'assigned', '2026-11-06T09:00:00Z', 'Inès Bernard', 'staff'),
  event('ev_1', 'submitted', '2026-11-05T10:00:00Z', null, 'all'),
  event('ev_3', 'review_submitted', '2026-11-08T09:00:00Z', '72.5', 'staff'),
];

export const subject = {
  id: 'app_1',
  programId: program.id,
  status: 'in_review' as const,
  reference: 'ESS-2026-000001',
  organisationName: 'La Ressourcerie du Beffroi',
  projectTitle: 'Atelier de réparation de vélos',
  amountRequestedCents: 1_200_000,
};

export function assignment(conflict: Assignment['conflict'], reviewerId = 'usr_ines', reviewerName = 'Inès Bernard'): Assignment {
  return {
    applicationId: 'app_1',
    programId: program.id,
    reviewerId,
    reviewerName,
    assignedAt: '2026-11-06T09:00:00Z',
    assignedBy: 'usr_claire',
    conflict,
    declaredAt: conflict === 'pending' ? null : '2026-11-07T09:00:00Z',
  };
}

export function review(overrides: Partial<Review> = {}): Review {
  return {
    applicationId: 'app_1',
    reviewerId: 'usr_ines',
    reviewerName: 'Inès Bernard',
    conflictOfInterest: false,
    scores: { impact: { score: 4, comment: 'Deux emplois créés.' }, viabilite: { score: 3, comment: '' } },
    comment: 'Projet solide.',
    submitted: true,
    weightedScore: 72,
    updatedAt: '2026-11-08T09:00:00Z',
    submittedAt: '2026-11-08T09:00:00Z',
    ...overrides,
  };
}

export function reviewState(conflict: Assignment['conflict'], mine: Review | null = null): ReviewState {
  return conflict === 'declared'
    ? { state: 'conflict_declared', subject }
    : { state: 'review', subject, assignment: assignment(conflict), review: mine };
}

export const managerReviews: ApplicationReviews = {
  assignments: [assignment('none'), assignment('none', 'usr_marc', 'Marc Petit'), assignment('declared', 'usr_paul', 'Paul Durand')],
  reviews: [
    review(),
    review({
      reviewerId: 'usr_marc',
      reviewerName: 'Marc Petit',
      scores: { impact: { score: 1, comment: '' }, viabilite: { score: 3, comment: '' } },
      weightedScore: 42,
    }),
  ],
  score: 57,
  disagreement: ['impact'],
};
