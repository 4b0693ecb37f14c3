/** People who use Guichet. Roles live on the user item; the first managers come from ADMIN_EMAILS. */
import { z } from 'zod';
import { ROLES, type Role } from './lifecycle';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** `erased`: the holder closed the account; the item stays, pseudonymised, for the files it submitted. */
export const USER_STATUSES = ['active', 'disabled', 'erased'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** What a manager may set on a staff account; `erased` is reached only by the holder's own request. */
export const MANAGED_USER_STATUSES = ['active', 'disabled'] as const satisfies readonly UserStatus[];

export type User = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  locale: Locale;
  createdAt: string;
};

/** Emails are compared case-insensitively and without surrounding blanks. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((e) => e.toLowerCase())
  .pipe(z.email());

export const roleSchema = z.enum(ROLES);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
