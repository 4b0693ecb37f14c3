/**
 * The people a manager can give files to: active staff accounts, reviewers first
 * (they do most reviews), then managers, who may review too, each by name.
 */
import { createResource } from 'solid-js';
import { listStaff, type StaffUser } from './staff-api';

const ROLE_ORDER: Record<string, number> = { reviewer: 0, manager: 1 };

export function useAssignableStaff() {
  const [staff, { refetch }] = createResource(listStaff);
  const people = (): StaffUser[] =>
    (staff.latest ?? [])
      .filter((user) => user.status === 'active' && user.role !== 'applicant')
      .sort((a, b) => (ROLE_ORDER[a.role] ?? 2) - (ROLE_ORDER[b.role] ?? 2) || a.displayName.localeCompare(b.displayName));
  return { staff, people, retry: () => void refetch() };
}
