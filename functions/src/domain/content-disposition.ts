/**
 * The `Content-Disposition` of a document download: always an attachment, under the
 * applicant's own filename, safe for any input. Pure and portable.
 */
import { visible } from './filename';

const ASCII_LOOKALIKES: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};

/**
 * The `Content-Disposition` value for a presigned GET (`ResponseContentDisposition`):
 * a download, never inline rendering, under the applicant's own filename.
 * `filename="…"` is an ASCII fallback (accents folded, `"` and `\` escaped) for old
 * clients; `filename*=UTF-8''…` (RFC 6266 / RFC 5987) carries the exact name. Safe for
 * any input (controls are removed, so no header injection); pass the stored,
 * already-sanitised name.
 */
export function contentDispositionAttachment(filename: string): string {
  const name = visible(filename) || 'document';
  const fallback = name
    .replace(/[œŒæÆß‘’“”«»–—…]/g, (c) => ASCII_LOOKALIKES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '\\$&');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
