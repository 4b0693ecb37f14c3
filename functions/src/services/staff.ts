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
import { deliver } from './mail-delivery';
import { mailFooter } from './mails';

const USER_NOT_FOUND = { fr: 'Compte introuvable.', en: 'Account not found.' };

/** In the invited account's language: French for a new account, its own for one that exists (PATCH /api/me). */
function invitationMail(user: User, manager: User, siteOrigin: string): Mail {
  const link = `${siteOrigin}/connexion`;
  if (user.locale === 'en') {
    const role = user.role === 'manager' ? 'a manager' : 'a reviewer';
    return {
      to: user.email,
      subject: 'Your access to Guichet ESS',
      text: `Hello,\n\n${manager.displayName} has given you access to Guichet ESS as ${role}.\nSign in with your email address at ${link}: a code will be sent to you.\n\n${mailFooter('en')}`,
    };
  }
  const role = user.role === 'manager' ? 'gestionnaire' : 'instructeur ou instructrice';
  return {
    to: user.email,
    subject: 'Votre accès à Guichet ESS',
    text: `Bonjour,\n\n${manager.displayName} vous a donné accès à Guichet ESS en tant que ${role}.\nConnectez-vous avec votre adresse e-mail sur ${link} : un code vous sera envoyé.\n\n${mailFooter('fr')}`,
  };
}

export function createStaffService(deps: Deps) {
  const { store, clock } = deps;

  /**
   * The one way an existing account's role or status changes, whether by PATCH or by
   * an invitation of its address: no manager removes their own rights, the change is
   * audited, and a new role or a disabled account ends its sessions at once.
   */
  async function changeAccount(
    manager: User,
    target: User,
    changes: { role?: Role; status?: UserStatus; displayName?: string },
    type: 'user_updated' | 'user_invited',
  ): Promise<User> {
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
      subjectId: target.id,
      type,
      at: clock().toISOString(),
      actor: manager,
      change,
    });
    const updated = await store.users.update(target.id, changes, change.changed.length > 0 ? audit : undefined);
    if (changes.status === 'disabled' || (changes.role && changes.role !== target.role)) {
      // A new role or a disabled account applies at once: existing sessions end.
      const revoked = await store.auth.deleteUserSessions(target.id);
      deps.log.info('staff: sessions revoked', { by: manager.id, userId: target.id, revoked });
    }
    return updated;
  }

  return {
    async list(): Promise<User[]> {
      const [managers, reviewers] = await Promise.all([store.users.listByRole('manager'), store.users.listByRole('reviewer')]);
      return [...managers, ...reviewers].sort((a, b) => a.email.localeCompare(b.email));
    },

    /**
     * Creates the account; an address that already has one goes through the same role
     * change as PATCH (its sessions end, the change is audited, no self-demotion).
     * The invitation is mailed either way.
     */
    async invite(manager: User, input: { email: string; displayName: string; role: Exclude<Role, 'applicant'> }): Promise<User> {
      const existing = await store.users.findByEmail(input.email);
      const after = { role: input.role, status: 'active' as const };
      let user: User;
      if (existing) {
        user = await changeAccount(manager, existing, after, 'user_invited');
      } else {
        const at = clock().toISOString();
        const id = newId('usr', clock());
        const audit = auditEvent({
          id: newId('evt', clock()),
          subject: 'user',
          subjectId: id,
          type: 'user_invited',
          at,
          actor: manager,
          change: { changed: [], before: null, after: { email: input.email, displayName: input.displayName, ...after } },
        });
        user = await store.users.createIfAbsent(
          { id, email: input.email, displayName: input.displayName, ...after, locale: 'fr', createdAt: at },
          audit,
        );
      }
      await deliver(deps, invitationMail(user, manager, deps.config.siteOrigin));
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
      // A closed account is gone for everyone: giving it a role again would bring it back.
      if (!target || target.status === 'erased') throw new NotFoundError(USER_NOT_FOUND);
      return changeAccount(manager, target, changes, 'user_updated');
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
