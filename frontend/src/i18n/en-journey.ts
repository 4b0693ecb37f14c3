import type { frJourney } from './fr-journey';

/** English messages of the applicant's entry journey; same keys as `frJourney`. */
export const enJourney: { readonly [K in keyof typeof frJourney]: string } = {};
