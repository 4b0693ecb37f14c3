/**
 * The messages of the staff pages (builder, review, dashboard and team), in both
 * languages. Loaded with the staff chunks by `loadStaffMessages()`, so applicants
 * and visitors never download them.
 */
import { enBuilder } from './en-builder';
import { enDashboard } from './en-dashboard';
import { enReview } from './en-review';
import { frBuilder } from './fr-builder';
import { frDashboard } from './fr-dashboard';
import { frReview } from './fr-review';

export const staffPageMessages = {
  fr: { ...frBuilder, ...frReview, ...frDashboard },
  en: { ...enBuilder, ...enReview, ...enDashboard },
} as const;
