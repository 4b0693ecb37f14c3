/**
 * Applications as the API returns them to their owner: a summary per status for
 * "Mes demandes", and one full application with its timeline and messages.
 */
import type { Application, ApplicationDocument, Message, TimelineEvent } from '../../../functions/src/domain/application';
import { validateSteps } from '../../../functions/src/domain/application-steps';
import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import type { ApplicationSummary, ApplicationView } from '../../../frontend/src/lib/api';
import { amorcage } from '../fixtures';

const title = { fr: "Fonds d'amorçage ESS 2026", en: 'ESS seed fund 2026' };

/** A summary of an application in `status`, updated on 12 November 2026 late evening, Paris time. */
export function summary(id: string, status: ApplicationStatus, reference: string | null): ApplicationSummary {
  return {
    id,
    programId: amorcage.id,
    programTitle: title,
    programClosesAt: amorcage.closesAt,
    status,
    reference,
    amountRequestedCents: 1_200_050,
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-12T23:30:00Z',
    submittedAt: reference ? '2026-11-05T10:00:00Z' : null,
  };
}

export const submittedApplication: Application = {
  id: 'app_1',
  programId: amorcage.id,
  ownerId: 'usr_lea',
  status: 'changes_requested',
  version: 4,
  reference: 'ESS-2026-000001',
  createdAt: '2026-11-02T09:00:00Z',
  updatedAt: '2026-11-10T14:00:00Z',
  submittedAt: '2026-11-05T10:00:00Z',
  organisation: {
    name: 'La Ressourcerie du Beffroi',
    legalForm: 'association',
    siret: '73282932000074',
    creationDate: '2024-03-01',
    city: 'Arras',
    postcode: '62000',
  },
  project: { title: 'Atelier de réparation de vélos', stage: 'creation', communeInsee: '62041', jobsCreated: 2 },
  budget: {
    expenses: [
      { label: 'Outillage', amountCents: 1_500_000 },
      { label: 'Salaires', amountCents: 900_000 },
    ],
    funding: [{ label: 'Fonds propres', kind: 'own', amountCents: 1_200_000 }],
    amountRequestedCents: 1_200_000,
  },
  answers: {},
  declaration: {},
};

export function view(application: Partial<Application> = {}): ApplicationView {
  const merged = { ...submittedApplication, ...application };
  const documents: ApplicationDocument[] = [
    {
      id: 'doc_1',
      applicationId: 'app_1',
      type: 'statuts',
      filename: 'statuts-2024.pdf',
      contentType: 'application/pdf',
      declaredSize: 1000,
      verifiedSize: 1000,
      status: 'verified',
      rejection: null,
      sha256: 'a'.repeat(64),
      scan: 'clean',
      createdAt: '2026-11-03T10:00:00Z',
      updatedAt: '2026-11-03T10:00:00Z',
    },
  ];
  return {
    application: merged,
    documents,
    steps: validateSteps(amorcage, merged, documents),
    editable: merged.status === 'draft' || merged.status === 'changes_requested',
  };
}

const event = (
  id: string,
  type: TimelineEvent['type'],
  at: string,
  message: string | null = null,
  actorRole: TimelineEvent['actorRole'] = 'applicant',
): TimelineEvent => ({
  id,
  applicationId: 'app_1',
  type,
  at,
  actorId: actorRole === 'applicant' ? 'usr_lea' : 'demo-reviewer',
  actorRole,
  from: null,
  to: null,
  message,
  visibility: 'all',
});

/** Deliberately out of order: the page sorts them. */
export const events: TimelineEvent[] = [
  event('ev_3', 'changes_requested', '2026-11-10T14:00:00Z', 'Merci de joindre le budget prévisionnel signé.', 'reviewer'),
  event('ev_1', 'created', '2026-11-02T09:00:00Z'),
  event('ev_2', 'submitted', '2026-11-05T10:00:00Z'),
];

export const messages: Message[] = [
  {
    id: 'msg_1',
    applicationId: 'app_1',
    authorId: 'demo-reviewer',
    authorRole: 'reviewer',
    authorName: 'Inès Bernard',
    body: 'Bonjour, il manque une pièce.',
    at: '2026-11-10T14:01:00Z',
  },
];
