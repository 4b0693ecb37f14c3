/**
 * The team page's writes, as router actions: each control reads its own
 * `useSubmission(...).pending` (filtered to its account) to disable itself while
 * the request travels, so a double click never invites or deactivates twice.
 */
import { action } from '@solidjs/router';
import type { Role } from '../../../../functions/src/domain/lifecycle';
import type { MANAGED_USER_STATUSES } from '../../../../functions/src/domain/user';
import { inviteStaff, updateStaff } from '../../lib/staff-api';

/** The roles a manager gives here; removing someone's staff role is deactivating their account. */
export type StaffRole = 'reviewer' | 'manager';

/** The roles a manager hands out here, in the order the form offers them. */
export const STAFF_ROLE_CHOICES: readonly StaffRole[] = ['reviewer', 'manager'];

/** Invites someone by email (the API creates or promotes the account and sends the mail). */
export const inviteAction = action((input: { email: string; displayName: string; role: StaffRole }) => inviteStaff(input), 'staff-invite');

/** Changes an account's role or status; either ends its sessions at once on the API side. */
export const updateStaffAction = action(
  (userId: string, changes: { role?: Role; status?: (typeof MANAGED_USER_STATUSES)[number] }) => updateStaff(userId, changes),
  'staff-update',
);
