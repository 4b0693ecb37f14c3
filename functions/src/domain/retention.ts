/**
 * How long Guichet keeps personal data, and what is left of a file once its holder
 * has closed their account. The periods are configuration (config.ts reads them from
 * the environment, with these defaults); the daily job enforces them and the privacy
 * page states them from the same values (GET /api/privacy), so what is promised is
 * what is done. Pure module, shared by the API and the SPA.
 */
import { z } from 'zod';
import type { ApplicationSections } from './application';
import type { ApplicationStatus } from './lifecycle';

export const retentionPolicySchema = z.object({
  /** A draft nobody has changed for this many months is erased, documents included. */
  idleDraftMonths: z.number().int().min(1).max(120),
  /** Its holder is told this many days before (and the erasure waits that long after the email). */
  draftWarningDays: z.number().int().min(1).max(90),
  /** Withdrawn and rejected applications are erased this many years after the withdrawal or the decision. */
  closedApplicationYears: z.number().int().min(1).max(30),
  /** Approved applications are kept this long after the decision, for financial controls (stated, archived by the service). */
  approvedApplicationYears: z.number().int().min(1).max(30),
});
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const DEFAULT_RETENTION: RetentionPolicy = {
  idleDraftMonths: 12,
  draftWarningDays: 14,
  closedApplicationYears: 3,
  approvedApplicationYears: 10,
};

/** The statuses the job erases after `closedApplicationYears`. */
export const CLOSED_STATUSES = ['withdrawn', 'rejected'] as const satisfies readonly ApplicationStatus[];

/** The instant `months` calendar months before `now` (UTC day clamped to the shorter month). */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const target = new Date(Date.UTC(year, month, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

const DAY_MS = 86_400_000;

/**
 * The cut-offs of one run of the job at `now`: a draft last changed before `warnDraftsBefore`
 * gets its warning; one last changed before `eraseDraftsBefore` and warned at least
 * `draftWarningDays` ago (`warnedBefore`) is erased; a withdrawn or rejected file last
 * changed before `eraseClosedBefore` is erased.
 */
export function retentionCutoffs(policy: RetentionPolicy, now: Date) {
  const eraseDraftsBefore = monthsBefore(now, policy.idleDraftMonths);
  return {
    eraseDraftsBefore: eraseDraftsBefore.toISOString(),
    warnDraftsBefore: new Date(eraseDraftsBefore.getTime() + policy.draftWarningDays * DAY_MS).toISOString(),
    warnedBefore: new Date(now.getTime() - policy.draftWarningDays * DAY_MS).toISOString(),
    eraseClosedBefore: monthsBefore(now, policy.closedApplicationYears * 12).toISOString(),
  };
}

/**
 * The first day an idle draft may be erased: once it has been idle `idleDraftMonths`
 * and its holder was told `draftWarningDays` before, whichever comes last.
 */
export function draftErasureDate(policy: RetentionPolicy, lastChange: string, warnedAt: Date): Date {
  const idleEnd = monthsBefore(new Date(lastChange), -policy.idleDraftMonths);
  const noticeEnd = new Date(warnedAt.getTime() + policy.draftWarningDays * DAY_MS);
  return idleEnd > noticeEnd ? idleEnd : noticeEnd;
}

/** What replaces a person's name and contact details once they have closed their account. */
export const PSEUDONYM = 'Compte supprimé';
export const PSEUDONYM_EMAIL_DOMAIN = 'example.invalid';
/** What a pseudonymised file shows as its contact address. */
export const PSEUDONYM_CONTACT_EMAIL = `compte-supprime@${PSEUDONYM_EMAIL_DOMAIN}`;

/** The address an erased account keeps: unique, unroutable, and saying nothing of the person. */
export function pseudonymousEmail(userId: string): string {
  return `erased-${userId}@${PSEUDONYM_EMAIL_DOMAIN}`;
}

/**
 * The personal fields a submitted file keeps after its holder erased their account:
 * the contact person's name, email and phone, and the signatory, are replaced; the
 * organisation (a legal person), the project and the budget stay, as the authority
 * must keep what it decided on.
 */
export function pseudonymiseSections(
  sections: Pick<ApplicationSections, 'organisation' | 'declaration'>,
): Pick<ApplicationSections, 'organisation' | 'declaration'> {
  const organisation = { ...sections.organisation };
  if (organisation.contactName !== undefined) organisation.contactName = PSEUDONYM;
  if (organisation.contactRole !== undefined) organisation.contactRole = PSEUDONYM;
  if (organisation.contactEmail !== undefined) organisation.contactEmail = PSEUDONYM_CONTACT_EMAIL;
  if (organisation.contactPhone !== undefined) organisation.contactPhone = '';
  const declaration = { ...sections.declaration };
  if (declaration.signatoryName !== undefined) declaration.signatoryName = PSEUDONYM;
  if (declaration.signatoryRole !== undefined) declaration.signatoryRole = PSEUDONYM;
  return { organisation, declaration };
}
