import type { frBuilder } from './fr-builder';

/** English messages of the staff builder pages. */
export const enBuilder: { readonly [K in keyof typeof frBuilder]: string } = {};
