/**
 * Uploaded filenames made safe to store, list and download on any OS while staying
 * readable. Pure and portable (the SPA may import it).
 */

const MAX_FILENAME_LENGTH = 120;
/** Control, format (bidi overrides, zero-width) and lone-surrogate code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** Whitespace-like controls become spaces, other invisible code points vanish, spaces collapse. */
export function visible(value: string): string {
  return value
    .replace(INVISIBLE, (c) => (/\s/u.test(c) ? ' ' : ''))
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A filename safe to store, list and download on any OS, still readable by a French
 * user ("Statuts signés 2024.pdf" is kept as is). Keeps the last path segment only,
 * NFC-normalises (macOS sends decomposed accents), drops invisible and
 * Windows-illegal characters, collapses whitespace, strips leading dots and trailing
 * dots/spaces, defuses Windows device names (CON, NUL…), caps at 120 code points
 * while keeping the extension, and falls back to "document".
 */
export function sanitizeFilename(name: string): string {
  const base =
    name
      .split(/[\\/]/)
      .map(visible)
      .filter((segment) => segment !== '')
      .pop() ?? '';
  let clean = visible(base.replace(/[<>:"|?*]/g, ''))
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  if (WINDOWS_RESERVED.test(clean)) clean = `_${clean}`;
  const codePoints = Array.from(clean);
  if (codePoints.length > MAX_FILENAME_LENGTH) {
    const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(clean)?.[0] ?? '';
    const stem = codePoints.slice(0, MAX_FILENAME_LENGTH - extension.length).join('');
    clean = stem.replace(/[.\s]+$/u, '') + extension;
  }
  return clean === '' ? 'document' : clean;
}
