import type { frForm } from './fr-form';

/** English messages of the multi-step application form; same keys as `frForm`. */
export const enForm: { readonly [K in keyof typeof frForm]: string } = {};
