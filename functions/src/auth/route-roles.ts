/**
 * Deny by default: every API route is listed here with the roles allowed on it, and
 * one middleware enforces the table. A route missing from the table answers 403,
 * and a test walks every registered route to make sure none is missing.
 * Object-level checks (whose application is it?) stay in the services.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../deps';
import { ForbiddenError, UnauthorizedError } from '../domain/errors';
import type { Role } from '../domain/lifecycle';
import type { AuthService } from './service';
import { clearSessionCookie, readSessionCookie } from './session-cookie';

export type Access = 'public' | readonly Role[];

const ANYONE_SIGNED_IN: readonly Role[] = ['applicant', 'reviewer', 'manager'];
const STAFF: readonly Role[] = ['reviewer', 'manager'];

export const ROLE_TABLE: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/dev/outbox': 'public',
  'GET /api/programs': 'public',
  'GET /api/programs/:programId': 'public',
  'POST /api/programs/:programId/eligibility': 'public',
  'POST /api/programs': ['manager'],
  'PUT /api/programs/:programId': ['manager'],
  'GET /api/programs/:programId/events': ['manager'],
  'POST /api/auth/code': 'public',
  'POST /api/auth/session': 'public',
  'DELETE /api/auth/session': 'public',
  'GET /api/me': ANYONE_SIGNED_IN,
  'PATCH /api/me': ANYONE_SIGNED_IN,
  'GET /api/me/export': ANYONE_SIGNED_IN,
  // Staff get a 403 from the service, with why: their accounts are closed by a manager.
  'DELETE /api/me': ANYONE_SIGNED_IN,
  'GET /api/privacy': 'public',
  'GET /api/site': 'public',
  'GET /api/users': ['manager'],
  'POST /api/users': ['manager'],
  'PATCH /api/users/:userId': ['manager'],
  'GET /api/users/:userId/events': ['manager'],
  'GET /api/applications': ANYONE_SIGNED_IN,
  'POST /api/applications': ['applicant'],
  'GET /api/applications/:id': ANYONE_SIGNED_IN,
  'PATCH /api/applications/:id': ['applicant'],
  'POST /api/applications/:id/documents': ['applicant'],
  'POST /api/applications/:id/documents/:documentId/complete': ['applicant'],
  'GET /api/applications/:id/documents/:documentId/download': ANYONE_SIGNED_IN,
  'DELETE /api/applications/:id/documents/:documentId': ['applicant'],
  'POST /api/applications/:id/documents/from-wallet': ['applicant'],
  'GET /api/me/wallet': ['applicant'],
  'POST /api/me/wallet': ['applicant'],
  'DELETE /api/me/wallet/:walletId': ['applicant'],
  'GET /api/me/organisation': ['applicant'],
  'GET /api/companies/:siret': ['applicant'],
  'POST /api/applications/:id/transitions': ANYONE_SIGNED_IN,
  // The service answers 404 to anyone who may not read the file, 409 before its first submission.
  'GET /api/applications/:id/receipt.pdf': ANYONE_SIGNED_IN,
  'GET /api/applications/:id/events': ANYONE_SIGNED_IN,
  'GET /api/applications/:id/messages': ANYONE_SIGNED_IN,
  'POST /api/applications/:id/messages': ANYONE_SIGNED_IN,
  // Managers may be assigned as reviewers too; unassigned, they get a 404 like anyone.
  'GET /api/applications/:id/reviews/me': STAFF,
  'PUT /api/applications/:id/reviews/me': STAFF,
  'PUT /api/programs/:programId/assignments': ['manager'],
  'POST /api/programs/:programId/assignments/round-robin': ['manager'],
  'GET /api/applications/:id/reviews': ['manager'],
  'GET /api/programs/:programId/dashboard': ['manager'],
  'GET /api/programs/:programId/export.csv': ['manager'],
};

export { STAFF };

/** The handler's route pattern, e.g. `/api/applications/:id`; null when only middleware matched (a 404). */
function handlerRoute(c: Context): string | null {
  const routes = matchedRoutes(c);
  const last = routes[routes.length - 1];
  if (!last || last.path.endsWith('*')) return null;
  return last.path;
}

const NOT_SIGNED_IN = { fr: 'Connectez-vous pour continuer.', en: 'Please sign in to continue.' };
const NOT_ALLOWED = { fr: "Vous n'avez pas accès à cette page.", en: 'You do not have access to this page.' };

/** Loads the session (if any) into `c.var.auth`, then applies the role table. */
export function authorize(auth: AuthService, https: boolean, table: Record<string, Access> = ROLE_TABLE): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const route = handlerRoute(c);
    if (route === null) return next();
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const access = table[`${method} ${route}`];

    const sessionId = readSessionCookie(c, https);
    const resolved = sessionId ? await auth.resolveSession(sessionId) : null;
    if (sessionId && !resolved) clearSessionCookie(c, https);
    c.set('auth', resolved && sessionId ? { user: resolved.user, sessionId } : null);

    if (access === undefined) throw new ForbiddenError(NOT_ALLOWED);
    if (access === 'public') return next();
    if (!resolved) throw new UnauthorizedError(NOT_SIGNED_IN);
    if (!access.includes(resolved.user.role)) throw new ForbiddenError(NOT_ALLOWED);
    return next();
  };
}

/** The signed-in user inside a non-public route (the middleware guarantees it). */
export function currentUser(c: Context<AppEnv>) {
  const auth = c.get('auth');
  if (!auth) throw new UnauthorizedError(NOT_SIGNED_IN);
  return auth.user;
}
