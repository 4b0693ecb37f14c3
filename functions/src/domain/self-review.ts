/**
 * Nobody reviews a file they have a stake in. A reviewer is involved in an
 * application when they own it, when it gives their email as the contact's, or
 * when it names them as contact or signatory. Names compare without case, accents
 * or extra blanks: a false alarm costs the manager one other reviewer, a miss
 * costs the call its fairness.
 *
 * Pure module, shared by the API and the SPA.
 */
import type { Application } from './application';

const email = (value: string | undefined) => (value ?? '').trim().toLowerCase();
const name = (value: string | undefined) => (value ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function isInvolved(
  application: Pick<Application, 'ownerId' | 'organisation' | 'declaration'>,
  reviewer: { id: string; email: string; displayName: string },
): boolean {
  if (application.ownerId === reviewer.id) return true;
  const contactEmail = email(application.organisation?.contactEmail);
  if (contactEmail !== '' && contactEmail === email(reviewer.email)) return true;
  const reviewerName = name(reviewer.displayName);
  if (reviewerName === '') return false;
  return [application.organisation?.contactName, application.declaration?.signatoryName].some((n) => name(n) === reviewerName);
}
