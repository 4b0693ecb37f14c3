import type { frDashboard } from './fr-dashboard';

/** English messages of the staff dashboard pages. */
export const enDashboard: { readonly [K in keyof typeof frDashboard]: string } = {};
