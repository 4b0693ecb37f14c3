import type { frStaff } from './fr-staff';

/** English messages shared by every staff page. */
export const enStaff: { readonly [K in keyof typeof frStaff]: string } = {
  'staff.area': 'Staff area',
  'staff.nav': 'Staff area',
  'staff.nav.programs': 'Programmes',
  'staff.nav.team': 'Team',
  'staff.refused.title': 'Restricted access',
  'staff.refused.text':
    'This page is reserved for the service’s staff (reviewers and programme managers). If you think you should have access, ask a manager.',
};
