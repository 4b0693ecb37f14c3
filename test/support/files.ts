/**
 * Real, minimal sample files built in memory (valid enough for Chromium, LibreOffice
 * and Office to open), so upload tests exercise genuine content rather than names.
 * Shared by the domain, API and browser e2e suites.
 */
import { deflateRawSync, deflateSync } from 'node:zlib';
import type { ByteReader } from '../../functions/src/domain/file-sniff';
import { FILE_KINDS, type FileKind } from '../../functions/src/domain/file-type';

/** Bytes backed by a plain ArrayBuffer: a valid `BlobPart` (`new Blob([bytes])`, `new File([bytes], name)`) under TS 6. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Concatenates byte arrays into one plain Uint8Array. */
export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One byte per character; throws on anything beyond U+00FF so offsets stay byte offsets. */
export function latin1(text: string): Bytes {
  if (/[^\x00-\xff]/.test(text)) throw new RangeError(`not Latin-1: ${text}`);
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC), as PNG and ZIP use; node:zlib only has it from Node 22. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Little-endian fields, each `[value, width in bytes]`. */
function le(...fields: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((total, [, width]) => total + width, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return out;
}

function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** One archive member; `deflate` compresses it (method 8), otherwise it is stored (method 0). */
export type ZipEntryInput = { name: string; data: string | Uint8Array; deflate?: boolean };

/** A minimal ZIP writer: local headers, central directory and EOCD, UTF-8 names, correct CRCs. */
export function buildZip(entries: ZipEntryInput[]): Bytes {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const data = typeof entry.data === 'string' ? utf8(entry.data) : entry.data;
    const stored = entry.deflate ? new Uint8Array(deflateRawSync(data)) : data;
    const fields: [number, 2 | 4][] = [
      [0x0800, 2], // flags: UTF-8 names
      [entry.deflate ? 8 : 0, 2],
      [0, 2], // time 00:00
      [0x21, 2], // date 1980-01-01
      [crc32(data), 4],
      [stored.length, 4],
      [data.length, 4],
      [name.length, 2],
      [0, 2], // extra field length
    ];
    const local = concat(le([0x04034b50, 4], [20, 2], ...fields), name, stored);
    centrals.push(concat(le([0x02014b50, 4], [20, 2], [20, 2], ...fields, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]), name));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const end = le([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]);
  return concat(...locals, directory, end);
}

/**
 * A one-page A4 PDF showing `text` (Latin-1) in Helvetica, with an exact xref table:
 * offsets are computed, so strict readers open it without repairing.
 */
export function samplePdf(text = 'Guichet'): Bytes {
  const content = `BT /F1 24 Tf 72 760 Td (${text.replace(/[\\()]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(pdf);
}

/** A 1×1 blue (#2A6FDB) truecolour PNG with correct chunk CRCs. */
export function samplePng(): Bytes {
  const chunk = (type: string, data: Uint8Array) => {
    const body = concat(latin1(type), data);
    return concat(u32be(data.length), body, u32be(crc32(body)));
  };
  return concat(
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', concat(u32be(1), u32be(1), Uint8Array.of(8, 2, 0, 0, 0))),
    chunk('IDAT', new Uint8Array(deflateSync(Uint8Array.of(0, 0x2a, 0x6f, 0xdb)))),
    chunk('IEND', new Uint8Array(0)),
  );
}

/** A 1×1 baseline JFIF JPEG (288 bytes) encoded by Chromium, ICC profile removed. */
export function sampleJpeg(): Bytes {
  return new Uint8Array(Buffer.from(JPEG_BASE64, 'base64'));
}

const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/' +
  '2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAABAAEDASIAAhEBAxEB/8QAFQAB' +
  'AQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABwj/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIR' +
  'AxEAPwCeAKwBj//Z';

/** `deflate: true` compresses every part, as Word, Excel and LibreOffice do (ODF's `mimetype` always stays stored). */
export type ArchiveOptions = { deflate?: boolean };

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OPC = 'http://schemas.openxmlformats.org';

/** An OPC package: `types` maps each part to its Override content type, the first one being the main part. */
function ooxml(types: Record<string, string>, parts: Record<string, string>, { deflate = false }: ArchiveOptions): Bytes {
  const main = Object.keys(types)[0] ?? '';
  const overrides = Object.entries(types).map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  return buildZip(
    Object.entries({
      '[Content_Types].xml': `${XML}<Types xmlns="${OPC}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
      '_rels/.rels': `${XML}<Relationships xmlns="${OPC}/package/2006/relationships"><Relationship Id="rId1" Type="${OPC}/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
      ...parts,
    }).map(([name, data]) => ({ name, data, deflate })),
  );
}

/** A minimal Word document with one paragraph. */
export function sampleDocx(options: ArchiveOptions = {}): Bytes {
  return ooxml(
    { 'word/document.xml': `${FILE_KINDS.docx.contentType}.main+xml` },
    {
      'word/document.xml': `${XML}<w:document xmlns:w="${OPC}/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Guichet</w:t></w:r></w:p></w:body></w:document>`,
    },
    options,
  );
}

/** A minimal Excel workbook with one sheet ("Budget") holding one text cell. */
export function sampleXlsx(options: ArchiveOptions = {}): Bytes {
  const types = {
    'xl/workbook.xml': `${FILE_KINDS.xlsx.contentType}.main+xml`,
    'xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  };
  return ooxml(
    types,
    {
      'xl/workbook.xml': `${XML}<workbook xmlns="${OPC}/spreadsheetml/2006/main" xmlns:r="${OPC}/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${OPC}/package/2006/relationships"><Relationship Id="rId1" Type="${OPC}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${OPC}/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Guichet</t></is></c></row></sheetData></worksheet>`,
    },
    options,
  );
}

const ODF_NS = 'urn:oasis:names:tc:opendocument:xmlns';

function odf(mimetype: string, body: string, { deflate = false }: ArchiveOptions): Bytes {
  return buildZip([
    { name: 'mimetype', data: mimetype },
    {
      name: 'META-INF/manifest.xml',
      data: `${XML}<manifest:manifest xmlns:manifest="${ODF_NS}:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
      deflate,
    },
    {
      name: 'content.xml',
      data: `${XML}<office:document-content xmlns:office="${ODF_NS}:office:1.0" xmlns:text="${ODF_NS}:text:1.0" xmlns:table="${ODF_NS}:table:1.0" office:version="1.2"><office:body>${body}</office:body></office:document-content>`,
      deflate,
    },
  ]);
}

/** A minimal OpenDocument text with one paragraph. */
export function sampleOdt(options: ArchiveOptions = {}): Bytes {
  return odf(FILE_KINDS.odt.contentType, '<office:text><text:p>Guichet</text:p></office:text>', options);
}

/** A minimal OpenDocument spreadsheet with one sheet ("Budget") holding one text cell. */
export function sampleOds(options: ArchiveOptions = {}): Bytes {
  const cell = '<table:table-cell office:value-type="string"><text:p>Guichet</text:p></table:table-cell>';
  return odf(
    FILE_KINDS.ods.contentType,
    `<office:spreadsheet><table:table table:name="Budget"><table:table-row>${cell}</table:table-row></table:table></office:spreadsheet>`,
    options,
  );
}

/** What a Windows program renamed `.pdf` looks like: DOS header and stub, PE signature, COFF header, padding. */
export function fakeExeAsPdf(): Bytes {
  const exe = new Uint8Array(2048);
  const view = new DataView(exe.buffer);
  exe.set(latin1('MZ'), 0);
  view.setUint32(0x3c, 0x80, true); // e_lfanew: offset of the PE header
  exe.set(latin1('This program cannot be run in DOS mode.\r\r\n$'), 0x4e);
  exe.set(latin1('PE\0\0'), 0x80);
  view.setUint16(0x84, 0x8664, true); // machine: x86-64
  view.setUint16(0x86, 1, true); // one section
  exe.set(randomBytes(1024, 0x4d5a), 0x200);
  return exe;
}

/** `n` deterministic pseudo-random bytes (mulberry32), the same for the same seed. */
export function randomBytes(n: number, seed: number): Bytes {
  let state = seed >>> 0;
  return Uint8Array.from({ length: n }, () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

/** A ByteReader over memory that records each read and refuses out-of-range ones, as S3 would. */
export function memoryReader(bytes: Uint8Array): ByteReader & { reads: { start: number; length: number }[] } {
  const reads: { start: number; length: number }[] = [];
  return {
    size: bytes.length,
    reads,
    async read(start, length) {
      reads.push({ start, length });
      if (start < 0 || length < 1 || start + length > bytes.length)
        throw new RangeError(`read(${start}, ${length}) outside ${bytes.length} bytes`);
      return bytes.slice(start, start + length);
    },
  };
}

const SAMPLES: Record<FileKind, [name: string, build: () => Bytes]> = {
  pdf: ['Statuts signés.pdf', () => samplePdf()],
  png: ['RIB.png', samplePng],
  jpeg: ['Photo du local.jpg', sampleJpeg],
  odt: ['Rapport d’activité.odt', () => sampleOdt({ deflate: true })],
  ods: ['Budget prévisionnel.ods', () => sampleOds({ deflate: true })],
  docx: ['Liste des dirigeants.docx', () => sampleDocx({ deflate: true })],
  xlsx: ['Budget prévisionnel.xlsx', () => sampleXlsx({ deflate: true })],
};

/** A sample upload ready for Playwright's `setInputFiles` (or `new File([buffer], name, { type: mimeType })`). */
export function sampleFile(kind: FileKind): { name: string; mimeType: string; buffer: Buffer } {
  const [name, build] = SAMPLES[kind];
  return { name, mimeType: FILE_KINDS[kind].contentType, buffer: Buffer.from(build()) };
}
