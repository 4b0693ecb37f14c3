/**
 * Sign-in by one-time code and server-side sessions (DESIGN.md §4, Auth).
 *
 * requestCode answers the same way for known and unknown addresses: anyone may
 * create an applicant account, so a code is sent either way and nothing leaks.
 */
import { auditEvent, diff } from '../domain/audit';
import { ForbiddenError, ServiceUnavailableError, TooManyRequestsError, ValidationError } from '../domain/errors';
import type { Locale, User } from '../domain/user';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import { newId } from '../store/ids';
import type { Mailer, Session, Store } from '../store/store-ports';
import {
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_SECONDS,
  CODE_TTL_SECONDS,
  codeMatches,
  emailKey,
  generateCode,
  hashCode,
  hashSessionId,
  logEmailHash,
  newSessionId,
} from './codes';
import { rateLimitKey } from './client-address';
import { codeMail } from './mails';
import { LIMITS, enforceLimit } from './rate-limit';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from './session-cookie';

/** Refresh lastSeenAt at most this often, so reads do not all become writes. */
const TOUCH_EVERY_SECONDS = 5 * 60;

export type AuthDeps = {
  store: Store;
  mailer: Mailer;
  clock: () => Date;
  log: Logger;
  metrics: Metrics;
  adminEmails: readonly string[];
  otpSecret: () => Promise<string>;
};

export type SignedIn = { user: User; sessionId: string; session: Session };

const INVALID_CODE = {
  fr: 'Ce code est invalide ou a expiré. Vérifiez-le, ou demandez un nouveau code.',
  en: 'This code is invalid or has expired. Check it, or ask for a new code.',
};

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export function createAuthService(deps: AuthDeps) {
  const { store, clock } = deps;

  /** `locale`: the interface language the code was asked in; it becomes a new account's, never an existing one's. */
  async function findOrCreateUser(email: string, now: Date, locale: Locale): Promise<User> {
    const isAdmin = deps.adminEmails.includes(email);
    const existing = await store.users.findByEmail(email);
    if (existing) {
      if (isAdmin && existing.role !== 'manager') {
        // Promoted by configuration, not by a person: the account's trail says so.
        const audit = auditEvent({
          id: newId('evt', now),
          subject: 'user',
          subjectId: existing.id,
          type: 'user_updated',
          at: now.toISOString(),
          actor: { id: 'config:ADMIN_EMAILS', role: 'manager', displayName: 'ADMIN_EMAILS' },
          change: diff(existing, { ...existing, role: 'manager' }, ['role']),
        });
        return store.users.update(existing.id, { role: 'manager' }, audit);
      }
      return existing;
    }
    return store.users.createIfAbsent({
      id: `usr_${newSessionId()}`,
      email,
      displayName: email.split('@')[0] ?? email,
      role: isAdmin ? 'manager' : 'applicant',
      status: 'active',
      locale,
      createdAt: now.toISOString(),
    });
  }

  return {
    async requestCode(email: string, ip: string, locale: Locale): Promise<{ resendAfterSeconds: number; expiresInSeconds: number }> {
      const now = clock();
      await enforceLimit(store.auth, LIMITS.codePerIp, rateLimitKey(ip), now);
      const secret = await deps.otpSecret();
      const key = emailKey(secret, email);
      const previous = await store.auth.getCode(key);
      if (previous && seconds(now) - previous.issuedAt < CODE_RESEND_SECONDS) {
        throw new TooManyRequestsError(
          {
            fr: 'Un code vient d’être envoyé. Patientez un instant avant d’en demander un autre.',
            en: 'A code was just sent. Wait a moment before asking for another.',
          },
          CODE_RESEND_SECONDS - (seconds(now) - previous.issuedAt),
        );
      }
      await enforceLimit(store.auth, LIMITS.codePerEmail, key, now);
      // An account keeps the language it chose (PATCH /api/me): the interface's only names a new account's.
      const existing = await store.users.findByEmail(email);
      const code = generateCode();
      await store.auth.putCode(key, {
        codeHash: hashCode(secret, email, code),
        issuedAt: seconds(now),
        expiresAt: seconds(now) + CODE_TTL_SECONDS,
        attempts: 0,
        locale,
      });
      try {
        await deps.mailer.send(codeMail(email, code, existing?.locale ?? locale));
      } catch (error) {
        deps.metrics.count('MailFailures');
        // A code is never queued (it would sit in the table in clear, and arrive too late): withdraw it, so the
        // resend pause does not hold the person back, and ask them to try again in a moment.
        await store.auth.deleteCode(key);
        throw new ServiceUnavailableError({ cause: error });
      }
      deps.metrics.count('SignInCodesSent');
      return { resendAfterSeconds: CODE_RESEND_SECONDS, expiresInSeconds: CODE_TTL_SECONDS };
    },

    async verifyCode(email: string, code: string, ip: string): Promise<SignedIn> {
      const now = clock();
      await enforceLimit(store.auth, LIMITS.verifyPerIp, rateLimitKey(ip), now);
      const secret = await deps.otpSecret();
      const key = emailKey(secret, email);
      // Who failed, without the address in clear: a keyed hash lets an operator follow one address across lines.
      const logFailure = (reason: 'no-code' | 'wrong-code' | 'spent' | 'disabled') => {
        deps.log.warn('auth: sign-in failed', { reason, emailHash: logEmailHash(secret, email), ip });
        deps.metrics.count('SignInFailures');
      };
      const failed = (reason: 'no-code' | 'wrong-code' | 'spent') => {
        logFailure(reason);
        return new ValidationError([{ path: 'body.code', message: INVALID_CODE }], INVALID_CODE);
      };
      // The try is spent before the guess is weighed: of any number of concurrent guesses,
      // at most CODE_MAX_ATTEMPTS ever reach the comparison below.
      const stored = await store.auth.spendAttempt(key, CODE_MAX_ATTEMPTS, seconds(now));
      if (!stored) throw failed('no-code');
      if (!codeMatches(secret, email, code, stored.codeHash)) {
        // The last try spent: the code goes at once (only if it is still this code, not a newer one).
        if (stored.attempts >= CODE_MAX_ATTEMPTS) await store.auth.consumeCode(key, stored.codeHash);
        throw failed('wrong-code');
      }
      // Single use: of two concurrent correct submissions, only one deletes the code.
      if (!(await store.auth.consumeCode(key, stored.codeHash))) throw failed('spent');

      const user = await findOrCreateUser(email, now, stored.locale ?? 'fr');
      if (user.status !== 'active') {
        logFailure('disabled');
        throw new ForbiddenError({ fr: 'Ce compte est désactivé.', en: 'This account is disabled.' });
      }
      const sessionId = newSessionId();
      const session: Session = {
        userId: user.id,
        createdAt: seconds(now),
        lastSeenAt: seconds(now),
        expiresAt: seconds(now) + SESSION_IDLE_SECONDS,
      };
      await store.auth.createSession(hashSessionId(sessionId), session);
      deps.log.info('auth: signed in', { userId: user.id, role: user.role });
      return { user, sessionId, session };
    },

    /** The signed-in user for a cookie, or null when the session is unknown, idle, too old or disabled. */
    async resolveSession(sessionId: string): Promise<{ user: User; session: Session } | null> {
      const now = seconds(clock());
      const idHash = hashSessionId(sessionId);
      const session = await store.auth.getSession(idHash);
      if (!session) return null;
      const absoluteEnd = session.createdAt + SESSION_ABSOLUTE_SECONDS;
      if (now >= absoluteEnd || now >= session.lastSeenAt + SESSION_IDLE_SECONDS) {
        await store.auth.deleteSession(idHash);
        return null;
      }
      const user = await store.users.get(session.userId);
      if (user?.status !== 'active') {
        await store.auth.deleteSession(idHash);
        return null;
      }
      if (now - session.lastSeenAt >= TOUCH_EVERY_SECONDS) {
        const expiresAt = Math.min(absoluteEnd, now + SESSION_IDLE_SECONDS);
        await store.auth.touchSession(idHash, now, expiresAt);
        return { user, session: { ...session, lastSeenAt: now, expiresAt } };
      }
      return { user, session };
    },

    /** The language of the person's emails, as they chose it in the interface (PATCH /api/me). */
    async setLocale(user: User, locale: Locale): Promise<User> {
      if (user.locale === locale) return user;
      return (await store.users.updateLocale(user.id, locale)) ?? user;
    },

    async logout(sessionId: string): Promise<void> {
      await store.auth.deleteSession(hashSessionId(sessionId));
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
