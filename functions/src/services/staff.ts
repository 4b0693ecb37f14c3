/**
 * Staff accounts, run by managers: invite a reviewer (or another manager) by email,
 * change a role, deactivate an account. Deactivating revokes every session of that
 * account at once, so it takes effect on the next request, not at the next sign-in.
 */
import { auditEvent, diff } from '../domain/audit';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Role } from '../domain/lifecycle';
import type { User, UserStatus } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import type { Mail } from '../store/store-ports';

const USER_NOT_FOUND = { fr: 'Compte introuvable.', en: 'Account not found.' };

function invitationMail(user: User, manager: User, siteOrigin: string): Mail {
  const role = user.role === 'manager' ? 'gestionnaire' : 'instructeur ou instructrice';
  return {
    to: user.email,
    subject: 'Votre accès à Guichet ESS',
    text: `Bonjour,\n\n${manager.displayName} vous a donné accès à Guichet ESS en tant que ${role}.\nConnectez-vous avec votre adresse e-mail sur ${siteOrigin}/connexion : un code vous sera envoyé.\n\n— Guichet, subventions de l’économie sociale et solidaire`,
  };
}

export function createStaffService(deps: Deps) {
  const { store, clock } = deps;

  return {
    async list(): Promise<User[]> {
      const [managers, reviewers] = await Promise.all([store.users.listByRole('manager'), store.users.listByRole('reviewer')]);
      return [...managers, ...reviewers].sort((a, b) => a.email.localeCompare(b.email));
    },

    /** Creates the account, or gives an existing one the staff role; mails the invitation either way. */
    async invite(manager: User, input: { email: string; displayName: string; role: Exclude<Role, 'applicant'> }): Promise<User> {
      const existing = await store.users.findByEmail(input.email);
      const at = clock().toISOString();
      const id = existing?.id ?? newId('usr', clock());
      const after = { role: input.role, status: 'active' as const };
      const audit = auditEvent({
        id: newId('evt', clock()),
        subject: 'user',
        subjectId: id,
        type: 'user_invited',
        at,
        actor: manager,
        change: existing
          ? diff(existing, { ...existing, ...after }, ['role', 'status'])
          : { changed: [], before: null, after: { email: input.email, displayName: input.displayName, ...after } },
      });
      const user = existing
        ? await store.users.update(existing.id, after, audit)
        : await store.users.createIfAbsent(
            { id, email: input.email, displayName: input.displayName, ...after, locale: 'fr', createdAt: at },
            audit,
          );
      await deps.mailer.send(invitationMail(user, manager, deps.config.siteOrigin));
      deps.log.info('staff: invited', { by: manager.id, userId: user.id, role: user.role });
      return user;
    },

    /** The account's audit trail, oldest first. */
    async events(userId: string) {
      if (!(await store.users.get(userId))) throw new NotFoundError(USER_NOT_FOUND);
      return store.users.listEvents(userId);
    },

    async update(manager: User, userId: string, changes: { role?: Role; status?: UserStatus; displayName?: string }): Promise<User> {
      const target = await store.users.get(userId);
      if (!target) throw new NotFoundError(USER_NOT_FOUND);
      if (target.id === manager.id && (changes.status === 'disabled' || (changes.role && changes.role !== 'manager'))) {
        throw new ConflictError({
          fr: 'Vous ne pouvez pas retirer vos propres droits de gestion : demandez-le à un autre gestionnaire.',
          en: 'You cannot remove your own manager rights: ask another manager.',
        });
      }
      const change = diff(target, { ...target, ...changes }, ['role', 'status', 'displayName']);
      const audit = auditEvent({
        id: newId('evt', clock()),
        subject: 'user',
        subjectId: userId,
        type: 'user_updated',
        at: clock().toISOString(),
        actor: manager,
        change,
      });
      const updated = await store.users.update(userId, changes, change.changed.length > 0 ? audit : undefined);
      if (changes.status === 'disabled' || (changes.role && changes.role !== target.role)) {
        // A new role or a disabled account applies at once: existing sessions end.
        const revoked = await store.auth.deleteUserSessions(userId);
        deps.log.info('staff: sessions revoked', { by: manager.id, userId, revoked });
      }
      return updated;
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
