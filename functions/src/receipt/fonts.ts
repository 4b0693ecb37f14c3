/**
 * The receipt's typeface: Liberation Sans 2.1.5 (SIL Open Font License, ./fonts/OFL.txt),
 * whose glyphs cover French and English text (é, à, œ, «», €, ’). The files sit next to
 * this module in the sources; in the Lambda bundle, esbuild's output directory gets a copy
 * of ./fonts beside index.mjs (infra/constructs/portal-function.ts), so the same relative
 * URL resolves in both. Read once per container.
 */
import { readFile } from 'node:fs/promises';

export type FontFiles = { regular: Uint8Array; bold: Uint8Array };

/** The font directory, relative to this module in the sources and to index.mjs in the bundle. */
export const FONT_FILES = { regular: 'fonts/LiberationSans-Regular.ttf', bold: 'fonts/LiberationSans-Bold.ttf' } as const;

let loaded: Promise<FontFiles> | undefined;

export function receiptFonts(): Promise<FontFiles> {
  loaded ??= Promise.all([
    readFile(new URL(`./${FONT_FILES.regular}`, import.meta.url)),
    readFile(new URL(`./${FONT_FILES.bold}`, import.meta.url)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a bundle shipped without its fonts) is retried by the next request rather than cached.
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
