/**
 * The messages of the staff pages, in both languages: what the shared components
 * say only on staff pages (character counter, pending action, roles, the team's
 * side of the message thread, the reviewer picker), then each staff feature's own
 * messages. Loaded with the staff chunks by `loadStaffMessages()`, so applicants
 * and visitors never download them.
 */
import { assignmentEn, assignmentFr } from '../features/assignment/messages';
import { dashboardEn, dashboardFr } from '../features/dashboard/messages';
import { decisionEn, decisionFr } from '../features/decision/messages';
import { programmeBuilderEn, programmeBuilderFr } from '../features/programme-builder/messages';
import { queueEn, queueFr } from '../features/queue/messages';
import { reviewEn, reviewFr } from '../features/review/messages';
import { staffHomeEn, staffHomeFr } from '../features/staff-home/messages';
import { teamEn, teamFr } from '../features/team/messages';

const staffSharedFr = {
  'review.counter': '{count} / {max} caractères',
  'review.action.pending': 'Envoi en cours…',
  'review.action.cancel': 'Annuler',
  'review.role.applicant': 'porteur de projet',
  'review.role.reviewer': 'instruction',
  'review.role.manager': 'gestion du programme',
  'review.assign.nobody': 'Aucun compte actif à qui attribuer. Invitez des personnes depuis la page Équipe.',
  'review.messages.applicant': '{name}, porteur de projet',
  'review.messages.team': '{name}, service ESS',
  'review.messages.label': 'Votre message au porteur de projet',
  'review.messages.hint': 'Il le retrouvera dans la messagerie de sa demande.',
} as const;

const staffSharedEn: { readonly [K in keyof typeof staffSharedFr]: string } = {
  'review.counter': '{count} / {max} characters',
  'review.action.pending': 'Sending…',
  'review.action.cancel': 'Cancel',
  'review.role.applicant': 'applicant',
  'review.role.reviewer': 'reviewer',
  'review.role.manager': 'programme manager',
  'review.assign.nobody': 'No active account to assign to. Invite people from the Team page.',
  'review.messages.applicant': '{name}, applicant',
  'review.messages.team': '{name}, ESS unit',
  'review.messages.label': 'Your message to the applicant',
  'review.messages.hint': "They will find it in their application's messages.",
};

export const staffMessages = {
  fr: {
    ...staffSharedFr,
    ...staffHomeFr,
    ...programmeBuilderFr,
    ...queueFr,
    ...assignmentFr,
    ...reviewFr,
    ...decisionFr,
    ...dashboardFr,
    ...teamFr,
  },
  en: {
    ...staffSharedEn,
    ...staffHomeEn,
    ...programmeBuilderEn,
    ...queueEn,
    ...assignmentEn,
    ...reviewEn,
    ...decisionEn,
    ...dashboardEn,
    ...teamEn,
  },
} as const;
