/**
 * The accepted upload formats: the single allow-list behind the presigned POST
 * policy, the browser file picker and the post-upload check. Uploaded documents are
 * judged by their content, never by their name (see ./file-sniff.ts and
 * ./upload-check.ts); a name only pre-fills the declared type in the browser.
 *
 * Pure and portable (the SPA imports it): no Buffer, no fs, no AWS SDK.
 */

/**
 * The accepted file formats, the single source of truth for the presigned POST
 * policy, the browser file picker and the post-upload check.
 */
export const FILE_KINDS = {
  pdf: {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    short: 'PDF',
    label: { fr: 'PDF', en: 'PDF' },
    article: { fr: 'un', en: 'a' },
  },
  png: {
    contentType: 'image/png',
    extensions: ['png'],
    short: 'PNG',
    label: { fr: 'image PNG', en: 'PNG image' },
    article: { fr: 'une', en: 'a' },
  },
  jpeg: {
    contentType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    short: 'JPEG',
    label: { fr: 'image JPEG', en: 'JPEG image' },
    article: { fr: 'une', en: 'a' },
  },
  odt: {
    contentType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    short: 'ODT',
    label: { fr: 'texte OpenDocument (ODT)', en: 'OpenDocument text (ODT)' },
    article: { fr: 'un', en: 'an' },
  },
  ods: {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    short: 'ODS',
    label: { fr: 'tableur OpenDocument (ODS)', en: 'OpenDocument spreadsheet (ODS)' },
    article: { fr: 'un', en: 'an' },
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    short: 'DOCX',
    label: { fr: 'document Word (DOCX)', en: 'Word document (DOCX)' },
    article: { fr: 'un', en: 'a' },
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    short: 'XLSX',
    label: { fr: 'classeur Excel (XLSX)', en: 'Excel workbook (XLSX)' },
    article: { fr: 'un', en: 'an' },
  },
} as const;

/** One accepted format, e.g. `'pdf'`. */
export type FileKind = keyof typeof FILE_KINDS;

/** The MIME type of an accepted format, e.g. `'application/pdf'`. */
export type AllowedContentType = (typeof FILE_KINDS)[FileKind]['contentType'];

const KINDS = Object.keys(FILE_KINDS) as FileKind[];

/** Every accepted MIME type, for the presigned POST policy and API validation. */
export const ALLOWED_CONTENT_TYPES: readonly AllowedContentType[] = KINDS.map((kind) => FILE_KINDS[kind].contentType);

/** The `accept` attribute of the upload `<input type="file">`, so the picker offers only what the server keeps. */
export const FILE_INPUT_ACCEPT: string = KINDS.flatMap((kind) => [
  ...FILE_KINDS[kind].extensions.map((extension) => `.${extension}`),
  FILE_KINDS[kind].contentType,
]).join(',');

const KIND_BY_CONTENT_TYPE = new Map<string, FileKind>(KINDS.map((kind) => [FILE_KINDS[kind].contentType, kind]));
const KIND_BY_EXTENSION = new Map<string, FileKind>(
  KINDS.flatMap((kind) => FILE_KINDS[kind].extensions.map((extension): [string, FileKind] => [extension, kind])),
);

/**
 * The format a MIME type names, or null when it is not accepted. Case and parameters
 * are ignored (`Application/PDF; charset=binary` is a PDF) because browsers and
 * proxies vary on both.
 */
export function kindForContentType(mime: string): FileKind | null {
  const essence = (mime.split(';')[0] ?? '').trim().toLowerCase();
  return KIND_BY_CONTENT_TYPE.get(essence) ?? null;
}

/**
 * The MIME type an accepted extension suggests (case-insensitive), or null. Only for
 * PRE-FILLING the declared type in the browser, which often reports `''` for ODF or
 * DOCX files: the name proves nothing, and the server checks the bytes afterwards.
 */
export function contentTypeForFilename(filename: string): AllowedContentType | null {
  const base = filename.split(/[\\/]/).pop()?.trim() ?? '';
  const extension = /\.([^.]+)$/.exec(base)?.[1]?.toLowerCase();
  const kind = extension === undefined ? undefined : KIND_BY_EXTENSION.get(extension);
  return kind === undefined ? null : FILE_KINDS[kind].contentType;
}
