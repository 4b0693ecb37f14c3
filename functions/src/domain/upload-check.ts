/**
 * Whether an uploaded object may be kept: its size comes from S3 (HeadObject) and its
 * type from the bytes themselves, so an `.exe` renamed `.pdf` is refused while a
 * genuine PDF is accepted. A refusal carries a message for the applicant.
 *
 * Pure and portable: no Buffer, no fs, no AWS SDK.
 */
import type { Bilingual } from './errors';
import { sniffFileKind, type ByteReader } from './file-sniff';
import { FILE_KINDS, kindForContentType, type FileKind } from './file-type';
import { formatFileSize } from './format';
import { zipBounds } from './zip-bounds';

const ZIP_KINDS: readonly FileKind[] = ['docx', 'xlsx', 'odt', 'ods'];

/** Why an upload was refused; `message` is ready to show to the applicant. */
export type UploadRejection = {
  ok: false;
  reason: 'empty' | 'too_large' | 'unknown_type' | 'type_mismatch' | 'archive_bomb';
  message: Bilingual;
};

/** The outcome of {@link verifyUpload}: the recognised format, or a rejection. */
export type UploadVerdict = { ok: true; kind: FileKind } | UploadRejection;

/**
 * Decides whether an uploaded object may be kept. Checks, in order: empty, larger than
 * `maxBytes` (both without reading anything), then the sniffed format, which must be
 * the declared one (compared via {@link kindForContentType}, so case and parameters do
 * not matter), and for DOCX/XLSX/ODT/ODS the archive's declared size and entry count
 * (see zip-bounds.ts). `size` must be the HeadObject ContentLength, equal to `reader.size`.
 *
 * @throws RangeError when `size`, `maxBytes` or `reader.size` are inconsistent (a caller bug).
 * @throws whatever `reader.read` throws (see {@link sniffFileKind}).
 */
export async function verifyUpload(input: {
  declaredContentType: string;
  size: number;
  maxBytes: number;
  reader: ByteReader;
}): Promise<UploadVerdict> {
  const { declaredContentType, size, maxBytes, reader } = input;
  if (!Number.isSafeInteger(size) || size < 0 || reader.size !== size) {
    throw new RangeError(`size ${size} must be a non-negative integer equal to reader.size (${reader.size})`);
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new RangeError(`maxBytes ${maxBytes} must be a positive integer`);
  if (size === 0) {
    return reject('empty', { fr: 'Le fichier est vide.', en: 'The file is empty.' });
  }
  if (size > maxBytes) {
    return reject('too_large', {
      fr: `Le fichier dépasse la taille maximale de ${formatFileSize(maxBytes, 'fr')}.`,
      en: `The file exceeds the maximum size of ${formatFileSize(maxBytes, 'en')}.`,
    });
  }
  const kind = await sniffFileKind(reader);
  if (kind === null) {
    const formats = (Object.keys(FILE_KINDS) as FileKind[]).map((k) => FILE_KINDS[k].short).join(', ');
    return reject('unknown_type', {
      fr: `Le contenu du fichier ne correspond à aucun format accepté (${formats}).`,
      en: `The file's content does not match any accepted format (${formats}).`,
    });
  }
  const declared = kindForContentType(declaredContentType);
  if (declared !== kind) {
    const actual = FILE_KINDS[kind];
    const raw =
      declaredContentType
        .replace(/[\p{Cc}\p{Cf}]/gu, '')
        .trim()
        .slice(0, 100) || '?';
    const announced =
      declared === null
        ? { fr: `«\u00a0${raw}\u00a0»`, en: `"${raw}"` }
        : { fr: FILE_KINDS[declared].label.fr, en: `${FILE_KINDS[declared].article.en} ${FILE_KINDS[declared].label.en}` };
    return reject('type_mismatch', {
      fr: `Le fichier annoncé comme ${announced.fr} est en réalité ${actual.article.fr} ${actual.label.fr}.`,
      en: `The file declared as ${announced.en} is actually ${actual.article.en} ${actual.label.en}.`,
    });
  }
  if (ZIP_KINDS.includes(kind) && !(await zipBounds(reader)).ok) {
    return reject('archive_bomb', {
      fr: 'Ce document compressé annonce un contenu démesuré (taille décompressée ou nombre de fichiers) : enregistrez-le à nouveau depuis votre traitement de texte ou tableur, ou envoyez un PDF.',
      en: 'This compressed document declares an absurd content (uncompressed size or number of files): save it again from your word processor or spreadsheet, or send a PDF.',
    });
  }
  return { ok: true, kind };
}

function reject(reason: UploadRejection['reason'], message: Bilingual): UploadRejection {
  return { ok: false, reason, message };
}
