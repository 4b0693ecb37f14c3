/**
 * Object-level permission: who may see or change one application. Anything a user
 * may not see is reported as "not found", so ids cannot be probed.
 */
import type { Application } from '../domain/application';
import { NotFoundError } from '../domain/errors';
import type { Actor } from '../domain/lifecycle';
import type { User } from '../domain/user';

export const APPLICATION_NOT_FOUND = { fr: "Cette demande n'existe pas.", en: 'This application does not exist.' };

/** Applicants see their own; managers see all; reviewers will see their assignments (journey 5). */
export function canSee(user: User, application: Application): boolean {
  if (user.role === 'manager') return true;
  if (user.role === 'applicant') return application.ownerId === user.id;
  return false;
}

export function assertVisible(user: User, application: Application | null | undefined): asserts application is Application {
  if (!application || !canSee(user, application)) throw new NotFoundError(APPLICATION_NOT_FOUND);
}

export function actorFor(user: User, application: Application): Actor {
  return { role: user.role, isOwner: application.ownerId === user.id, isAssigned: false };
}
