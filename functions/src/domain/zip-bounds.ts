/**
 * How big a ZIP-based document (DOCX, XLSX, ODT, ODS) claims to become once opened.
 * Guichet never inflates anything, but staff open these files in an office suite: a
 * 1 MB upload declaring 1 GB of content (a zip bomb), or tens of thousands of
 * entries, is refused at upload instead. Only the central directory is read, so the
 * check costs the same for a bomb as for a letter.
 *
 * Pure and portable: only Uint8Array; no Buffer, no fs, no AWS SDK.
 */
import type { ByteReader } from './file-sniff';

/** More entries than any real office document holds. */
export const ZIP_MAX_ENTRIES = 10_000;
/** Declared content may exceed the file this many times over… */
export const ZIP_MAX_RATIO = 100;
/** …or this many bytes, but not both: text compresses well, and small files stay small. */
export const ZIP_MAX_DECLARED_BYTES = 50 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SEARCH_BYTES = 22 + 0xffff;
const MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024;

export type ZipBounds =
  | { ok: true; entries: number; declaredBytes: number }
  | { ok: false; reason: 'too_many_entries' | 'inflates_too_much' | 'unreadable'; entries: number; declaredBytes: number };

/**
 * Reads the End Of Central Directory record and the central directory, counts the
 * entries and adds up their declared uncompressed sizes. A ZIP64 marker (0xFFFF
 * entries, 0xFFFFFFFF sizes or offsets) counts as absurd: no accepted document needs it.
 * Throws only what `reader.read` throws.
 */
export async function zipBounds(reader: ByteReader): Promise<ZipBounds> {
  const size = reader.size;
  const unreadable = { ok: false, reason: 'unreadable', entries: 0, declaredBytes: 0 } as const;
  if (!Number.isSafeInteger(size) || size < 22) return unreadable;
  const tailLength = Math.min(size, EOCD_SEARCH_BYTES);
  const tailStart = size - tailLength;
  const tail = await reader.read(tailStart, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD_SIGNATURE && i + 22 + u16(tail, i + 20) === tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return unreadable;
  const count = u16(tail, eocd + 10);
  const length = u32(tail, eocd + 12);
  const offset = u32(tail, eocd + 16);
  if (count > ZIP_MAX_ENTRIES) return { ok: false, reason: 'too_many_entries', entries: count, declaredBytes: 0 };
  if (count === 0 || length > MAX_CENTRAL_DIRECTORY_BYTES || offset + length > tailStart + eocd) return unreadable;

  const directory = await reader.read(offset, length);
  let declaredBytes = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE) return unreadable;
    // 0xFFFFFFFF means "see the ZIP64 field": at least 4 GiB, absurd either way.
    declaredBytes += u32(directory, at + 24);
    at += 46 + u16(directory, at + 28) + u16(directory, at + 30) + u16(directory, at + 32);
  }
  if (declaredBytes > ZIP_MAX_DECLARED_BYTES && declaredBytes > ZIP_MAX_RATIO * size) {
    return { ok: false, reason: 'inflates_too_much', entries: count, declaredBytes };
  }
  return { ok: true, entries: count, declaredBytes };
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}
