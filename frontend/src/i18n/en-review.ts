import type { frReview } from './fr-review';

/** English messages of the staff review pages. */
export const enReview: { readonly [K in keyof typeof frReview]: string } = {};
