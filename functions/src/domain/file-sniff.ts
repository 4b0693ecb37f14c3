/**
 * The format of a file, read from its bytes: PDF, PNG and JPEG by their signatures
 * and trailers; DOCX, XLSX, ODT and ODS by walking the ZIP central directory
 * (OOXML by its content types, ODF by its stored `mimetype`). Executables are
 * refused outright, even as a polyglot. Reads go through a `ByteReader`, so S3
 * serves only the ranges needed.
 *
 * Pure and portable: only Uint8Array and TextDecoder; no Buffer, no fs, no AWS SDK.
 */
import { FILE_KINDS, type FileKind } from './file-type';

/**
 * Random access to a stored object. `read(start, length)` must resolve to exactly
 * `length` bytes (S3: a ranged GetObject `bytes=start-(start+length-1)`, ideally
 * pinned with `IfMatch: <ETag>` so the object cannot change between reads). The
 * sniffer only ever asks for `0 <= start`, `length >= 1`, `start + length <= size`.
 */
export type ByteReader = {
  size: number;
  read(start: number, length: number): Promise<Uint8Array>;
};

/** Where PDF allows its header to sit; also plenty for the PNG, JPEG and ZIP headers. */
const HEAD_BYTES = 1024;
/** PDF readers look for `%%EOF` within the last 1024 bytes (Acrobat's rule). */
const PDF_TAIL_BYTES = 1024;
/** Zero bytes tolerated after the JPEG end marker: some scanners and cameras pad to a block size. */
const JPEG_MAX_ZERO_PADDING = 32;
/** The EOCD record is 22 bytes followed by a comment of at most 65,535 bytes. */
const EOCD_SEARCH_BYTES = 22 + 0xffff;
const MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;
/** A stored `[Content_Types].xml` is checked only when at most this big; real ones are a few KiB. */
const MAX_CONTENT_TYPES_BYTES = 64 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const PDF_HEADER = ascii('%PDF-');
const PDF_EOF = ascii('%%EOF');
/** Executables (PE/DOS, ELF, Mach-O, Java class, scripts) are refused outright, even as a PDF polyglot. */
const EXECUTABLE_SIGNATURES = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x23, 0x21],
];
const OOXML_MAIN_PART = {
  docx: { part: 'word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xlsx: { part: 'xl/workbook.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
} as const;

const utf8 = new TextDecoder('utf-8');

/** Wraps an error thrown by `ByteReader.read` so the sniffer can tell I/O failures from unparsable bytes. */
class ReadFailure {
  constructor(readonly cause: unknown) {}
}

/** Thrown inside the parsers when bytes do not make sense; always turned into `null`. */
class ParseFailure extends Error {
  override name = 'ParseFailure';
}

type RangeRead = (start: number, length: number) => Promise<Uint8Array>;

/** Reads through `reader`, serving a range from memory when an earlier read covers it, and checks what `read` returns. */
function cachingRead(reader: ByteReader, size: number): RangeRead {
  const segments: { start: number; bytes: Uint8Array }[] = [];
  return async (start, length) => {
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(length) || start < 0 || length < 1 || start + length > size) {
      throw new ParseFailure(`range ${start}+${length} is outside the file`);
    }
    for (const segment of segments) {
      const from = start - segment.start;
      if (from >= 0 && from + length <= segment.bytes.length) return segment.bytes.subarray(from, from + length);
    }
    let bytes: unknown;
    try {
      bytes = await reader.read(start, length);
    } catch (error) {
      throw new ReadFailure(error);
    }
    if (Object.prototype.toString.call(bytes) !== '[object Uint8Array]' || (bytes as Uint8Array).length !== length) {
      throw new ReadFailure(new RangeError(`ByteReader.read(${start}, ${length}) must resolve to exactly ${length} bytes`));
    }
    segments.push({ start, bytes: bytes as Uint8Array });
    return bytes as Uint8Array;
  };
}

/**
 * Recognises an accepted format from the bytes alone, or returns null.
 *
 * Reads (each a ranged GET; a range inside one already read is served from memory):
 * - always the head: the whole file when `size <= 65,557` (one request, nothing else is
 *   read), otherwise bytes `[0, 1024)`;
 * - PDF: the last `min(size, 1024)` bytes; JPEG: the last `min(size - 4, 34)` bytes; PNG: nothing more;
 * - ZIP: the last `min(size, 65,557)` bytes (EOCD search), then the central directory
 *   (at most 4 MiB) unless already read; ODF: the `mimetype` content (within the head in
 *   practice); OOXML with a stored `[Content_Types].xml`: its local header and content
 *   (at most 64 KiB).
 * Nothing is read when `size` is 0 or not a safe integer.
 *
 * Never throws because of the content: garbage, truncation and parser surprises all
 * yield null (fail closed); nothing is ever decompressed, so zip bombs cost nothing. Errors from `reader.read` itself (network,
 * permissions, a changed object) are I/O failures and are re-thrown unchanged, as is a
 * RangeError when `read` resolves to something other than exactly `length` bytes.
 */
export async function sniffFileKind(reader: ByteReader): Promise<FileKind | null> {
  const size = reader.size;
  if (!Number.isSafeInteger(size) || size <= 0) return null;
  const read = cachingRead(reader, size);
  try {
    const head = await read(0, size <= EOCD_SEARCH_BYTES ? size : HEAD_BYTES);
    if (EXECUTABLE_SIGNATURES.some((signature) => startsWith(head, signature))) return null;
    if (startsWith(head, PNG_SIGNATURE)) return isPng(head) ? 'png' : null;
    if (startsWith(head, JPEG_SIGNATURE)) return (await isJpeg(read, size, head)) ? 'jpeg' : null;
    if (head.length >= 4 && u32(head, 0) === ZIP_LOCAL_HEADER) return await sniffZip(read, size, head);
    return (await isPdf(read, size, head)) ? 'pdf' : null;
  } catch (error) {
    if (error instanceof ReadFailure) throw error.cause;
    return null;
  }
}

/** `%PDF-` starting within the first 1024 bytes, and `%%EOF` after it within the last 1024 bytes. */
async function isPdf(read: RangeRead, size: number, head: Uint8Array): Promise<boolean> {
  const header = indexOf(head.subarray(0, HEAD_BYTES), PDF_HEADER);
  if (header < 0) return false;
  const tailLength = Math.min(size, PDF_TAIL_BYTES);
  const tailStart = size - tailLength;
  const eof = lastIndexOf(await read(tailStart, tailLength), PDF_EOF);
  return eof >= 0 && tailStart + eof >= header + PDF_HEADER.length;
}

/** The PNG signature followed by a well-formed IHDR chunk header with non-zero dimensions. */
function isPng(head: Uint8Array): boolean {
  if (head.length < 8 + 8 + 13 + 4) return false;
  const width = u32be(head, 16);
  const height = u32be(head, 20);
  return u32be(head, 8) === 13 && ascii(head.subarray(12, 16)) === 'IHDR' && width > 0 && height > 0 && width < 2 ** 31 && height < 2 ** 31;
}

/** SOI then a marker byte at the start; EOI (FF D9) at the end, followed by at most 32 zero bytes of padding. */
async function isJpeg(read: RangeRead, size: number, head: Uint8Array): Promise<boolean> {
  if (size < 6 || (head[3] ?? 0) < 0xc0) return false;
  const tailLength = Math.min(size - 4, 2 + JPEG_MAX_ZERO_PADDING);
  const tail = await read(size - tailLength, tailLength);
  let end = tail.length;
  while (end > 0 && tail[end - 1] === 0x00) end--;
  return end >= 2 && tail[end - 2] === 0xff && tail[end - 1] === 0xd9;
}

type ZipEntry = { name: string; flags: number; method: number; compressedSize: number; uncompressedSize: number; localOffset: number };
type CentralDirectory = { entries: ZipEntry[]; offset: number };

async function sniffZip(read: RangeRead, size: number, head: Uint8Array): Promise<FileKind | null> {
  const directory = await readCentralDirectory(read, size);
  if (directory === null) return null;
  const odf = await odfKind(read, head, directory);
  const ooxml = await ooxmlKind(read, directory);
  if (odf !== null && ooxml !== null) return null;
  return odf ?? ooxml;
}

/**
 * Finds the End Of Central Directory record (its comment must end exactly at EOF) and
 * lists the entries. Refuses multi-disk archives, ZIP64 (documents this small never
 * need it), more than 10,000 entries, a directory over 4 MiB or out of bounds, and
 * duplicate names (compared case-insensitively: readers disagree on which one wins).
 */
async function readCentralDirectory(read: RangeRead, size: number): Promise<CentralDirectory | null> {
  const tailLength = Math.min(size, EOCD_SEARCH_BYTES);
  const tailStart = size - tailLength;
  const tail = await read(tailStart, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === ZIP_END_OF_CENTRAL_DIRECTORY && i + 22 + u16(tail, i + 20) === tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(tail, eocd + 10);
  const length = u32(tail, eocd + 12);
  const offset = u32(tail, eocd + 16);
  if (u16(tail, eocd + 4) !== 0 || u16(tail, eocd + 6) !== 0 || u16(tail, eocd + 8) !== count) return null;
  if (count === 0 || count > MAX_ZIP_ENTRIES) return null;
  if (length < count * 46 || length > MAX_CENTRAL_DIRECTORY_BYTES || offset + length > tailStart + eocd) return null;

  const directory = await read(offset, length);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== ZIP_CENTRAL_HEADER) return null;
    const nameLength = u16(directory, at + 28);
    const next = at + 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    if (next > directory.length) return null;
    const entry: ZipEntry = {
      name: utf8.decode(directory.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(directory, at + 8),
      method: u16(directory, at + 10),
      compressedSize: u32(directory, at + 20),
      uncompressedSize: u32(directory, at + 24),
      localOffset: u32(directory, at + 42),
    };
    const key = entry.name.toLowerCase();
    if (seen.has(key) || entry.localOffset + 30 > offset) return null;
    seen.add(key);
    entries.push(entry);
    at = next;
  }
  return { entries, offset };
}

/** ODF: the first local entry is a stored, unencrypted `mimetype` naming ODT or ODS, plus a manifest and content. */
async function odfKind(read: RangeRead, head: Uint8Array, { entries, offset }: CentralDirectory): Promise<FileKind | null> {
  const first = entries.find((entry) => entry.localOffset === 0);
  if (first?.name !== 'mimetype' || first.method !== 0 || (first.flags & 1) !== 0) return null;
  if (head.length < 38 || u16(head, 8) !== 0 || u16(head, 26) !== 8 || ascii(head.subarray(30, 38)) !== 'mimetype') return null;
  const length = first.compressedSize;
  const start = 38 + u16(head, 28);
  if (length !== first.uncompressedSize || length < 1 || length > 64 || start + length > offset) return null;
  const mimetype = ascii(await read(start, length));
  const kind = mimetype === FILE_KINDS.odt.contentType ? 'odt' : mimetype === FILE_KINDS.ods.contentType ? 'ods' : null;
  const names = new Set(entries.map((entry) => entry.name));
  return kind !== null && names.has('META-INF/manifest.xml') && names.has('content.xml') ? kind : null;
}

/**
 * OOXML: `[Content_Types].xml` plus exactly one of `word/document.xml` or
 * `xl/workbook.xml` (part names are case-insensitive in OPC); macro projects
 * (`vbaProject.bin`, i.e. DOCM/XLSM) are refused. When `[Content_Types].xml` is
 * stored uncompressed it must also declare the main part's DOCX/XLSX content type;
 * a deflated one is not inflated (Office always deflates it).
 */
async function ooxmlKind(read: RangeRead, { entries, offset }: CentralDirectory): Promise<FileKind | null> {
  const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  const contentTypes = byName.get('[content_types].xml');
  const isDocx = byName.has(OOXML_MAIN_PART.docx.part);
  if (contentTypes === undefined || isDocx === byName.has(OOXML_MAIN_PART.xlsx.part)) return null;
  if ([...byName.keys()].some((name) => name.endsWith('vbaproject.bin'))) return null;
  const kind = isDocx ? 'docx' : 'xlsx';
  if (contentTypes.method !== 0 || (contentTypes.flags & 1) !== 0) return kind;
  const length = contentTypes.compressedSize;
  if (length !== contentTypes.uncompressedSize || length < 1) return null;
  if (length > MAX_CONTENT_TYPES_BYTES) return kind;
  const local = await read(contentTypes.localOffset, 30);
  if (u32(local, 0) !== ZIP_LOCAL_HEADER) return null;
  const start = contentTypes.localOffset + 30 + u16(local, 26) + u16(local, 28);
  if (start + length > offset) return null;
  return utf8.decode(await read(start, length)).includes(OOXML_MAIN_PART[kind].contentType) ? kind : null;
}

function byteAt(bytes: Uint8Array, index: number): number {
  const value = bytes[index];
  if (value === undefined) throw new ParseFailure(`offset ${index} is past the end`);
  return value;
}

function u16(bytes: Uint8Array, at: number): number {
  return byteAt(bytes, at) | (byteAt(bytes, at + 1) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((byteAt(bytes, at) << 24) | (byteAt(bytes, at + 1) << 16) | (byteAt(bytes, at + 2) << 8) | byteAt(bytes, at + 3)) >>> 0;
}

function ascii(value: string): number[];
function ascii(value: Uint8Array): string;
function ascii(value: string | Uint8Array): number[] | string {
  return typeof value === 'string' ? Array.from(value, (c) => c.charCodeAt(0)) : String.fromCharCode(...value);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: readonly number[]): number {
  for (let i = bytes.length - needle.length; i >= 0; i--) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return i;
  }
  return -1;
}
