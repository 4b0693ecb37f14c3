/**
 * Object-level permission: who may see one application. Anything a user may not
 * see is reported as "not found", so ids cannot be probed:
 * - an applicant sees their own applications;
 * - a reviewer sees an application assigned to them once they have declared no
 *   conflict of interest (before that, only the declaration form: see reviews.ts);
 * - a manager sees every application once submitted.
 * A draft never submitted is the applicant's alone, documents included: staff get a 404.
 */
import type { Application, Assignment } from '../domain/application';
import { NotFoundError } from '../domain/errors';
import type { Actor } from '../domain/lifecycle';
import type { User } from '../domain/user';
import type { ApplicationBundle, Store } from '../store/store-ports';

export const APPLICATION_NOT_FOUND = { fr: "Cette demande n'existe pas.", en: 'This application does not exist.' };

function assignmentOf(user: User, assignments: readonly Assignment[]): Assignment | undefined {
  return assignments.find((a) => a.reviewerId === user.id);
}

export function canSee(user: User, application: Application, assignments: readonly Assignment[]): boolean {
  if (user.role !== 'applicant' && !application.submittedAt) return false;
  switch (user.role) {
    case 'manager':
      return true;
    case 'applicant':
      return application.ownerId === user.id;
    case 'reviewer':
      return assignmentOf(user, assignments)?.conflict === 'none';
  }
}

/** The application whole, if `user` may see it; otherwise a 404. */
export async function loadVisible(store: Store, user: User, id: string): Promise<ApplicationBundle> {
  const bundle = await store.applications.getWithChildren(id);
  if (!bundle || !canSee(user, bundle.application, bundle.assignments)) throw new NotFoundError(APPLICATION_NOT_FOUND);
  return bundle;
}

/** Same check for routes that read only the application item (downloads). */
export async function assertVisible(store: Store, user: User, application: Application | null): Promise<Application> {
  if (!application) throw new NotFoundError(APPLICATION_NOT_FOUND);
  const assignment = user.role === 'reviewer' ? await store.reviews.getAssignment(application.id, user.id) : null;
  if (!canSee(user, application, assignment ? [assignment] : [])) throw new NotFoundError(APPLICATION_NOT_FOUND);
  return application;
}

export function actorFor(user: User, application: Application, assignments: readonly Assignment[]): Actor {
  return {
    role: user.role,
    isOwner: application.ownerId === user.id,
    isAssigned: assignmentOf(user, assignments)?.conflict === 'none',
  };
}
