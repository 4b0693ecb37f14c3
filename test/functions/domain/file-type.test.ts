import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDispositionAttachment } from '../../../functions/src/domain/content-disposition';
import { sniffFileKind, type ByteReader } from '../../../functions/src/domain/file-sniff';
import {
  ALLOWED_CONTENT_TYPES,
  FILE_INPUT_ACCEPT,
  FILE_KINDS,
  contentTypeForFilename,
  kindForContentType,
  type FileKind,
} from '../../../functions/src/domain/file-type';
import { sanitizeFilename } from '../../../functions/src/domain/filename';
import { verifyUpload } from '../../../functions/src/domain/upload-check';
import {
  buildZip,
  concat,
  fakeExeAsPdf,
  latin1,
  memoryReader,
  randomBytes,
  sampleDocx,
  sampleFile,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXlsx,
} from '../../support/files';

const MiB = 1024 * 1024;
const sniff = (bytes: Uint8Array) => sniffFileKind(memoryReader(bytes));
const verify = (bytes: Uint8Array, declaredContentType: string, maxBytes = 10 * MiB) =>
  verifyUpload({ declaredContentType, size: bytes.length, maxBytes, reader: memoryReader(bytes) });

/** A reader of `size` bytes that must never be read. */
const unreadable = (size: number): ByteReader => ({
  size,
  read: () => Promise.reject(new Error('must not be read')),
});

/** Where the central directory starts, read from the EOCD of a comment-less ZIP. */
function directoryOffset(zip: Uint8Array): number {
  return new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);
}

/** A copy of `bytes` with `patch` applied through a DataView, at byte `offset`. */
function patched(bytes: Uint8Array, offset: number, patch: (view: DataView, at: number) => void): Uint8Array {
  const copy = bytes.slice();
  patch(new DataView(copy.buffer), offset);
  return copy;
}

const CONTENT_TYPES_DOCX = `<Types><Override PartName="/word/document.xml" ContentType="${FILE_KINDS.docx.contentType}.main+xml"/></Types>`;
const ODT_PARTS = [
  { name: 'META-INF/manifest.xml', data: '<manifest/>' },
  { name: 'content.xml', data: '<content/>' },
];
const mimetype = (data: string, deflate = false) => ({ name: 'mimetype', data, deflate });
const CONTENT_TYPES_DEFLATED = { name: '[Content_Types].xml', data: '<Types/>', deflate: true };
const WORD_MAIN = { name: 'word/document.xml', data: '<w:document/>' };
const XL_MAIN = { name: 'xl/workbook.xml', data: '<workbook/>' };
const MACRO_CONTENT_TYPES =
  '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>';
/** Patches the EOCD of a comment-less ZIP: `field` is the byte offset inside the record. */
const eocd = (zip: Uint8Array, field: number, width: 2 | 4, value: number) =>
  patched(zip, zip.length - 22 + field, (v, at) => (width === 2 ? v.setUint16(at, value, true) : v.setUint32(at, value, true)));
/** Sets both EOCD entry counts (this disk and total). */
const entryCount = (zip: Uint8Array, count: number) => eocd(eocd(zip, 8, 2, count), 10, 2, count);

const SAMPLES: [string, () => Uint8Array, FileKind][] = [
  ['PDF', () => samplePdf(), 'pdf'],
  ['PDF with accents and parentheses', () => samplePdf('Statuts signés (2024)'), 'pdf'],
  ['PNG', samplePng, 'png'],
  ['JPEG', sampleJpeg, 'jpeg'],
  ['ODT (stored)', () => sampleOdt(), 'odt'],
  ['ODT (deflated, like LibreOffice)', () => sampleOdt({ deflate: true }), 'odt'],
  ['ODS (stored)', () => sampleOds(), 'ods'],
  ['ODS (deflated)', () => sampleOds({ deflate: true }), 'ods'],
  ['DOCX (stored, [Content_Types].xml checked)', () => sampleDocx(), 'docx'],
  ['DOCX (deflated, like Word)', () => sampleDocx({ deflate: true }), 'docx'],
  ['XLSX (stored, [Content_Types].xml checked)', () => sampleXlsx(), 'xlsx'],
  ['XLSX (deflated, like Excel)', () => sampleXlsx({ deflate: true }), 'xlsx'],
];

describe('allowlist', () => {
  it('lists the seven accepted MIME types, in the order of FILE_KINDS', () => {
    expect(ALLOWED_CONTENT_TYPES).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(FILE_INPUT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.jpg', '.jpeg', '.xlsx', 'image/png']));
  });

  it.each([
    ['application/pdf', 'pdf'],
    ['Application/PDF; charset=binary', 'pdf'],
    ['  image/jpeg ', 'jpeg'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
    ['application/zip', null],
    ['application/x-msdownload', null],
    ['image/jpg', null],
    ['', null],
  ])('kindForContentType(%j) → %s', (mime, kind) => {
    expect(kindForContentType(mime)).toBe(kind);
  });

  it.each([
    ['Statuts signés 2024.PDF', 'application/pdf'],
    ['photo.JPG', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['C:\\Documents\\budget.xlsx', FILE_KINDS.xlsx.contentType],
    ['rapport.odt', FILE_KINDS.odt.contentType],
    ['setup.exe', null],
    ['archive.pdf.zip', null],
    ['sans-extension', null],
    ['point-final.', null],
  ])('contentTypeForFilename(%j) → %s', (filename, mime) => {
    expect(contentTypeForFilename(filename)).toBe(mime);
  });
});

describe('sniffFileKind', () => {
  it.each(SAMPLES)('recognises a real %s', async (_label, build, kind) => {
    expect(await sniff(build())).toBe(kind);
  });

  it.each(SAMPLES)('accepts a real %s declared with its own type', async (_label, build, kind) => {
    expect(await verify(build(), FILE_KINDS[kind].contentType)).toEqual({ ok: true, kind });
  });

  it('reads a small file once, in full', async () => {
    const bytes = sampleDocx();
    const reader = memoryReader(bytes);
    expect(await sniffFileKind(reader)).toBe('docx');
    expect(reader.reads).toEqual([{ start: 0, length: bytes.length }]);
  });

  it('reads only 1 KiB at each end of a large PDF', async () => {
    const bytes = concat(latin1('%PDF-1.7\n'), randomBytes(2 * MiB, 7), latin1('\n%%EOF\n'));
    const reader = memoryReader(bytes);
    expect(await sniffFileKind(reader)).toBe('pdf');
    expect(reader.reads).toEqual([
      { start: 0, length: 1024 },
      { start: bytes.length - 1024, length: 1024 },
    ]);
  });

  it('reads the head and the last 65,557 bytes of a large DOCX whose central directory sits there', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES_DOCX },
      { name: 'word/media/image1.png', data: randomBytes(MiB, 3) },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    const reader = memoryReader(bytes);
    expect(await sniffFileKind(reader)).toBe('docx');
    expect(reader.reads).toEqual([
      { start: 0, length: 1024 },
      { start: bytes.length - 65_557, length: 65_557 },
    ]);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a renamed Windows program', fakeExeAsPdf()],
    ['an ELF binary', concat(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46), randomBytes(500, 1))],
    ['a shell script', latin1('#!/bin/sh\necho %PDF-\n%%EOF\n')],
    ['an HTML page', latin1('<!DOCTYPE html><html><body>Statuts</body></html>')],
    ['plain text', latin1("Statuts de l'association")],
    ['random bytes', randomBytes(4096, 42)],
  ])('returns null for %s', async (_label, bytes) => {
    expect(await sniff(bytes)).toBeNull();
  });

  describe('PDF', () => {
    const pdf = samplePdf();
    it.each([
      ['truncated (no %%EOF)', pdf.subarray(0, pdf.length / 2), null],
      ['%%EOF followed by blank lines and spaces', concat(pdf, latin1('\r\n\n   \n')), 'pdf'],
      ['%%EOF followed by 1,000 bytes of junk (Acrobat tolerates it)', concat(pdf, new Uint8Array(1000)), 'pdf'],
      ['%%EOF further than 1024 bytes from the end', concat(pdf, new Uint8Array(1030)), null],
      ['header after 1,019 bytes of junk (ends at byte 1024)', concat(new Uint8Array(1019), pdf), 'pdf'],
      ['header after 1,020 bytes of junk', concat(new Uint8Array(1020), pdf), null],
      ['an executable with a PDF inside (polyglot)', concat(latin1('MZ'), new Uint8Array(100), pdf), null],
      ['only "%PDF-%%EOF"', latin1('%PDF-%%EOF'), 'pdf'],
      ['%%EOF before the header', latin1('%%EOF %PDF-1.4'), null],
      ['header alone', latin1('%PDF-1.4\n'), null],
    ])('%s → %s', async (_label, bytes, kind) => {
      expect(await sniff(bytes)).toBe(kind);
    });
  });

  describe('PNG and JPEG', () => {
    const png = samplePng();
    const jpeg = sampleJpeg();
    it.each([
      ['PNG signature only', png.subarray(0, 8), null],
      ['PNG cut inside IHDR', png.subarray(0, 20), null],
      ['PNG whose first chunk is not IHDR', patched(png, 12, (v, at) => v.setUint32(at, 0x49444154)), null],
      ['PNG of width 0', patched(png, 16, (v, at) => v.setUint32(at, 0)), null],
      ['JPEG without its end marker', jpeg.subarray(0, jpeg.length - 2), null],
      ['JPEG followed by 32 zero bytes of padding', concat(jpeg, new Uint8Array(32)), 'jpeg'],
      ['JPEG followed by 33 zero bytes', concat(jpeg, new Uint8Array(33)), null],
      ['JPEG followed by other data (e.g. an appended video)', concat(jpeg, randomBytes(500, 9)), null],
      ['JPEG start marker then garbage', Uint8Array.of(0xff, 0xd8, 0xff, 0x00, 0xff, 0xd9), null],
    ])('%s → %s', async (_label, bytes, kind) => {
      expect(await sniff(bytes)).toBe(kind);
    });
  });

  describe('ZIP containers', () => {
    const docx = sampleDocx();
    it.each([
      ['a plain ZIP', buildZip([{ name: 'lisez-moi.txt', data: 'Bonjour' }]), null],
      ['a ZIP with both word/ and xl/ main parts', buildZip([CONTENT_TYPES_DEFLATED, WORD_MAIN, XL_MAIN]), null],
      ['a DOCX without [Content_Types].xml', buildZip([WORD_MAIN]), null],
      ['a DOCM (macros) renamed DOCX', buildZip([CONTENT_TYPES_DEFLATED, WORD_MAIN, { name: 'word/vbaProject.bin', data: 'x' }]), null],
      [
        'a stored [Content_Types].xml declaring a macro-enabled document',
        buildZip([{ name: '[Content_Types].xml', data: MACRO_CONTENT_TYPES }, WORD_MAIN]),
        null,
      ],
      [
        'OOXML part names in another case (OPC names are case-insensitive)',
        buildZip([
          { ...CONTENT_TYPES_DEFLATED, name: '[CONTENT_TYPES].XML' },
          { ...WORD_MAIN, name: 'Word/Document.xml' },
        ]),
        'docx',
      ],
      ['duplicate entry names', buildZip([CONTENT_TYPES_DEFLATED, WORD_MAIN, { name: 'WORD/document.xml', data: 'y' }]), null],
      ['an ODT whose mimetype is deflated', buildZip([mimetype(FILE_KINDS.odt.contentType, true), ...ODT_PARTS]), null],
      ['an ODT whose mimetype is not the first entry', buildZip([...ODT_PARTS, mimetype(FILE_KINDS.odt.contentType)]), null],
      ['an ODF presentation (ODP)', buildZip([mimetype('application/vnd.oasis.opendocument.presentation'), ...ODT_PARTS]), null],
      ['an ODT template (OTT)', buildZip([mimetype(`${FILE_KINDS.odt.contentType}-template`), ...ODT_PARTS]), null],
      ['an ODT without manifest', buildZip([mimetype(FILE_KINDS.odt.contentType), { name: 'content.xml', data: 'x' }]), null],
      [
        'an ODT that also carries OOXML parts',
        buildZip([mimetype(FILE_KINDS.odt.contentType), ...ODT_PARTS, CONTENT_TYPES_DEFLATED, WORD_MAIN]),
        null,
      ],
      ['a ZIP signature and nothing else', latin1('PK\x03\x04'), null],
      ['a DOCX cut short (EOCD lost)', docx.subarray(0, docx.length - 10), null],
      ['a DOCX with a corrupt EOCD signature', eocd(docx, 0, 4, 0x06054b51), null],
      ['a DOCX whose EOCD points past the end', eocd(docx, 16, 4, 0xffffffff), null],
      ['a DOCX whose EOCD points into file data', eocd(docx, 16, 4, 5), null],
      ['a DOCX whose EOCD claims a 4 GiB directory', eocd(docx, 12, 4, 0xffffffff), null],
      ['a DOCX whose EOCD claims no entries', entryCount(docx, 0), null],
      ['a DOCX whose EOCD claims 65,535 entries', entryCount(docx, 0xffff), null],
      ['a DOCX whose EOCD claims more entries than it has', entryCount(docx, 4), null],
      ['a DOCX split across disks', eocd(docx, 4, 2, 1), null],
      ['a DOCX whose EOCD comment length overruns the file', eocd(docx, 20, 2, 9), null],
      ['a DOCX whose first central entry is corrupt', patched(docx, directoryOffset(docx), (v, at) => v.setUint32(at, 0, true)), null],
      ['a DOCX with a ZIP comment', concat(eocd(docx, 20, 2, 7), latin1('Guichet')), 'docx'],
    ])('%s → %s', async (_label, bytes, kind) => {
      expect(await sniff(bytes)).toBe(kind);
    });

    it('refuses a central directory over 4 MiB without reading it', async () => {
      const big = buildZip([{ name: 'padding.bin', data: new Uint8Array(5 * MiB) }]);
      const bytes = eocd(eocd(big, 12, 4, 5 * MiB), 16, 4, 0);
      const reader = memoryReader(bytes);
      expect(await sniffFileKind(reader)).toBeNull();
      expect(Math.max(...reader.reads.map((r) => r.length))).toBeLessThanOrEqual(65_557);
    });

    it.each([
      [10_000, 'docx'],
      [10_001, null],
    ])('with %i entries → %s', async (count, kind) => {
      const filler = Array.from({ length: count - 2 }, (_, i) => ({ name: `f${i}`, data: '' }));
      const bytes = buildZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES_DOCX },
        { name: 'word/document.xml', data: 'x' },
        ...filler,
      ]);
      expect(await sniff(bytes)).toBe(kind);
    });
  });

  describe('I/O errors', () => {
    it('re-throws what ByteReader.read throws, unchanged', async () => {
      const failure = new Error('S3 unavailable');
      const reader: ByteReader = { size: 5000, read: () => Promise.reject(failure) };
      await expect(sniffFileKind(reader)).rejects.toBe(failure);
      await expect(verifyUpload({ declaredContentType: 'application/pdf', size: 5000, maxBytes: MiB, reader })).rejects.toBe(failure);
    });

    it('re-throws a synchronous throw and a failure on a later read', async () => {
      const failure = new Error('AccessDenied');
      await expect(
        sniffFileKind({
          size: 10,
          read: () => {
            throw failure;
          },
        }),
      ).rejects.toBe(failure);
      const bytes = concat(latin1('%PDF-1.7\n'), new Uint8Array(MiB));
      const reader = memoryReader(bytes);
      const second: ByteReader = {
        size: bytes.length,
        read: (start, length) => (start === 0 ? reader.read(start, length) : Promise.reject(failure)),
      };
      await expect(sniffFileKind(second)).rejects.toBe(failure);
    });

    it('throws a RangeError when the reader returns the wrong number of bytes', async () => {
      const bytes = samplePdf();
      await expect(sniffFileKind({ size: bytes.length, read: async () => bytes.subarray(1) })).rejects.toThrow(RangeError);
    });
  });

  describe('never throws on content, never reads out of range (memoryReader would throw)', () => {
    const kinds = new Set<unknown>([null, ...Object.keys(FILE_KINDS)]);
    const prefixes = ['PK\x03\x04', '%PDF-', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff', 'MZ', 'PK\x05\x06'].map(latin1);
    const check = async (bytes: Uint8Array) => {
      expect(kinds.has(await sniff(bytes))).toBe(true);
    };

    it('for arbitrary bytes, optionally behind a known signature', async () => {
      const arbitrary = fc.uint8Array({ maxLength: 4096 });
      const prefixed = fc.tuple(fc.constantFrom(...prefixes), arbitrary).map(([prefix, rest]) => concat(prefix, rest));
      await fc.assert(fc.asyncProperty(fc.oneof(arbitrary, prefixed), check), { numRuns: 500 });
    });

    it('for real samples with bytes flipped and tails cut', async () => {
      const samples = SAMPLES.map(([, build]) => build());
      const mutated = fc
        .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 6 }), fc.nat())
        .map(([sample, flips, cut]) => {
          const copy = sample.slice(0, sample.length - (cut % 40));
          for (const [at, value] of flips) copy[at % Math.max(copy.length, 1)] = value;
          return copy;
        });
      await fc.assert(fc.asyncProperty(mutated, check), { numRuns: 1000 });
    });
  });
});

describe('verifyUpload', () => {
  it('refuses a renamed .exe as content of no accepted format', async () => {
    expect(await verify(fakeExeAsPdf(), 'application/pdf')).toEqual({
      ok: false,
      reason: 'unknown_type',
      message: {
        fr: 'Le contenu du fichier ne correspond à aucun format accepté (PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX).',
        en: "The file's content does not match any accepted format (PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX).",
      },
    });
  });

  it.each([
    [
      'a PNG declared as PDF',
      samplePng(),
      'application/pdf',
      'Le fichier annoncé comme PDF est en réalité une image PNG.',
      'The file declared as a PDF is actually a PNG image.',
    ],
    [
      'a DOCX declared as XLSX',
      sampleDocx({ deflate: true }),
      FILE_KINDS.xlsx.contentType,
      'Le fichier annoncé comme classeur Excel (XLSX) est en réalité un document Word (DOCX).',
      'The file declared as an Excel workbook (XLSX) is actually a Word document (DOCX).',
    ],
    [
      'an ODS declared as ODT',
      sampleOds(),
      FILE_KINDS.odt.contentType,
      'Le fichier annoncé comme texte OpenDocument (ODT) est en réalité un tableur OpenDocument (ODS).',
      'The file declared as an OpenDocument text (ODT) is actually an OpenDocument spreadsheet (ODS).',
    ],
    [
      'a PDF declared with a type outside the allowlist',
      samplePdf(),
      'application/octet-stream',
      'Le fichier annoncé comme «\u00a0application/octet-stream\u00a0» est en réalité un PDF.',
      'The file declared as "application/octet-stream" is actually a PDF.',
    ],
  ])('reports %s as a type mismatch naming both formats', async (_label, bytes, declared, fr, en) => {
    expect(await verify(bytes, declared)).toEqual({ ok: false, reason: 'type_mismatch', message: { fr, en } });
  });

  it('accepts a declared type that differs only in case and parameters', async () => {
    expect(await verify(samplePdf(), 'Application/PDF; charset=binary')).toEqual({ ok: true, kind: 'pdf' });
  });

  it('refuses an empty file without reading it', async () => {
    expect(await verifyUpload({ declaredContentType: 'application/pdf', size: 0, maxBytes: MiB, reader: unreadable(0) })).toEqual({
      ok: false,
      reason: 'empty',
      message: { fr: 'Le fichier est vide.', en: 'The file is empty.' },
    });
  });

  it('accepts exactly maxBytes and refuses maxBytes + 1', async () => {
    const pdf = samplePdf();
    expect(await verify(pdf, 'application/pdf', pdf.length)).toEqual({ ok: true, kind: 'pdf' });
    expect(await verify(pdf, 'application/pdf', pdf.length - 1)).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it.each([
    [10 * MiB, '10 Mo', '10 MB'],
    [2.5 * MiB, '2,5 Mo', '2.5 MB'],
    [10_000_000, '9,5 Mo', '9.5 MB'],
    [500 * 1024, '500 Ko', '500 KB'],
  ])('states a limit of %i bytes as %s / %s, without reading the file', async (maxBytes, fr, en) => {
    const size = maxBytes + 1;
    expect(await verifyUpload({ declaredContentType: 'application/pdf', size, maxBytes, reader: unreadable(size) })).toEqual({
      ok: false,
      reason: 'too_large',
      message: { fr: `Le fichier dépasse la taille maximale de ${fr}.`, en: `The file exceeds the maximum size of ${en}.` },
    });
  });

  it('rejects inconsistent sizes as a caller bug', async () => {
    await expect(verifyUpload({ declaredContentType: 'application/pdf', size: 10, maxBytes: MiB, reader: unreadable(11) })).rejects.toThrow(
      RangeError,
    );
    await expect(verifyUpload({ declaredContentType: 'application/pdf', size: 10, maxBytes: 0, reader: unreadable(10) })).rejects.toThrow(
      RangeError,
    );
  });

  it.each(Object.keys(FILE_KINDS) as FileKind[])('sampleFile(%s) is a ready-made upload that passes', async (kind) => {
    const { name, mimeType, buffer } = sampleFile(kind);
    expect(contentTypeForFilename(name)).toBe(mimeType);
    expect(await verify(new Uint8Array(buffer), mimeType)).toEqual({ ok: true, kind });
  });
});

describe('sanitizeFilename', () => {
  it.each([
    ['Statuts signés 2024.pdf', 'Statuts signés 2024.pdf'],
    ['Rapport d’activité — Cœur.odt', 'Rapport d’activité — Cœur.odt'],
    ['Statuts signe\u0301s.pdf', 'Statuts signés.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\Statuts.pdf', 'Statuts.pdf'],
    ['dossier/sous-dossier/', 'sous-dossier'],
    ['bud\u0000get\u001f\u007f.pdf', 'budget.pdf'],
    ['RIB\t\n  2024\u00a0.pdf', 'RIB 2024 .pdf'],
    ['Facture\u202Efdp.exe', 'Facturefdp.exe'],
    ['a<b>c:d"e|f?g*h.pdf', 'abcdefgh.pdf'],
    ['Budget : 2024.xlsx', 'Budget 2024.xlsx'],
    ['...htaccess', 'htaccess'],
    ['.pdf', 'pdf'],
    ['statuts.pdf. . ', 'statuts.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['nul', '_nul'],
    ['console.pdf', 'console.pdf'],
    ['', 'document'],
    ['   ', 'document'],
    ['../..', 'document'],
    ['???***', 'document'],
    ['\ud800.pdf', 'pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it.each([
    ['x'.repeat(300) + '.pdf', 'x'.repeat(116) + '.pdf'],
    ['é'.repeat(300) + '.docx', 'é'.repeat(115) + '.docx'],
    ['📄'.repeat(200) + '.pdf', '📄'.repeat(116) + '.pdf'],
    ['a'.repeat(115) + '     ' + 'b'.repeat(100) + '.pdf', 'a'.repeat(115) + '.pdf'],
    ['y'.repeat(300), 'y'.repeat(120)],
  ])('caps long names at 120 code points and keeps the extension (%#)', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
    expect(Array.from(sanitizeFilename(input)).length).toBeLessThanOrEqual(120);
  });

  it('always yields a short, visible, portable, stable name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const name = sanitizeFilename(input);
        expect(name).not.toBe('');
        expect(Array.from(name).length).toBeLessThanOrEqual(120);
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}<>:"/\\|?*]|^[.\s]|[.\s]$/u);
        expect(name).toBe(name.normalize('NFC'));
        expect(sanitizeFilename(name)).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('contentDispositionAttachment', () => {
  it.each([
    ['Statuts.pdf', `attachment; filename="Statuts.pdf"; filename*=UTF-8''Statuts.pdf`],
    [
      'Statuts signés "final".pdf',
      `attachment; filename="Statuts signes \\"final\\".pdf"; filename*=UTF-8''Statuts%20sign%C3%A9s%20%22final%22.pdf`,
    ],
    [
      'Rapport d’activité (Cœur)*.odt',
      `attachment; filename="Rapport d'activite (Coeur)*.odt"; filename*=UTF-8''Rapport%20d%E2%80%99activit%C3%A9%20%28C%C5%93ur%29%2A.odt`,
    ],
    ['a\\b.pdf', `attachment; filename="a\\\\b.pdf"; filename*=UTF-8''a%5Cb.pdf`],
    ['報告.pdf', `attachment; filename="__.pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A.pdf`],
    ['x.pdf\r\nSet-Cookie: a=1', `attachment; filename="x.pdf Set-Cookie: a=1"; filename*=UTF-8''x.pdf%20Set-Cookie%3A%20a%3D1`],
    ['', `attachment; filename="document"; filename*=UTF-8''document`],
  ])('%j', (filename, header) => {
    expect(contentDispositionAttachment(filename)).toBe(header);
  });

  it('is a valid single-line ASCII header whose filename* decodes back to the visible name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const header = contentDispositionAttachment(input);
        expect(header).toMatch(
          /^attachment; filename="(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\["\\])*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/,
        );
        const encoded = header.slice(header.indexOf("UTF-8''") + 7);
        expect(decodeURIComponent(encoded)).not.toMatch(/[\p{Cc}\p{Cs}]/u);
      }),
      { numRuns: 1000 },
    );
  });
});
