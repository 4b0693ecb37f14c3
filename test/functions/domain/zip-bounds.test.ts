import { describe, expect, it } from 'vitest';
import { verifyUpload } from '../../../functions/src/domain/upload-check';
import { ZIP_MAX_ENTRIES, zipBounds } from '../../../functions/src/domain/zip-bounds';
import { buildZip, concat, memoryReader, randomBytes, sampleDocx, sampleOds, sampleOdt, sampleXlsx, type Bytes } from '../../support/files';

const MiB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A minimal Word document carrying one more member. */
function docxWith(extra: { name: string; data: Uint8Array; deflate?: boolean }): Bytes {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: 'word/document.xml', data: '<w:document/>', deflate: true },
    extra,
  ]);
}

/** Rewrites the declared uncompressed size of `name` in the central directory: what a crafted bomb does. */
function declareSize(zip: Bytes, name: string, size: number): Bytes {
  const out = concat(zip);
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + length)) === name) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`${name} not in the archive`);
}

const verify = (bytes: Uint8Array, contentType = DOCX) =>
  verifyUpload({ declaredContentType: contentType, size: bytes.length, maxBytes: 10 * MiB, reader: memoryReader(bytes) });

describe('zip bombs', () => {
  it.each([
    ['docx', sampleDocx({ deflate: true }), DOCX],
    ['xlsx', sampleXlsx({ deflate: true }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', sampleOdt({ deflate: true }), 'application/vnd.oasis.opendocument.text'],
    ['ods', sampleOds({ deflate: true }), 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('accepts an ordinary %s', async (_kind, bytes, contentType) => {
    expect((await verify(bytes, contentType)).ok).toBe(true);
  });

  it('accepts well-compressed text below 50 MB declared, however high the ratio', async () => {
    const text = docxWith({ name: 'word/media/notes.txt', data: new Uint8Array(20 * MiB).fill(0x61), deflate: true });
    expect(text.length).toBeLessThan(MiB);
    expect((await verify(text)).ok).toBe(true);
  });

  it('refuses a real bomb: 60 MB of zeros deflated to a few kilobytes', async () => {
    const bomb = docxWith({ name: 'word/media/zeros.bin', data: new Uint8Array(60 * MiB), deflate: true });
    expect(bomb.length).toBeLessThan(MiB);
    expect(await verify(bomb)).toMatchObject({ ok: false, reason: 'archive_bomb', message: { fr: expect.stringContaining('démesuré') } });
  });

  it('refuses a 1 MB file whose directory declares 1 GB', async () => {
    const crafted = declareSize(docxWith({ name: 'word/media/photo.bin', data: randomBytes(MiB, 7) }), 'word/media/photo.bin', 1024 * MiB);
    expect(await zipBounds(memoryReader(crafted))).toMatchObject({
      ok: false,
      reason: 'inflates_too_much',
      declaredBytes: expect.any(Number),
    });
    expect(await verify(crafted)).toMatchObject({ ok: false, reason: 'archive_bomb' });
  });

  it('counts a ZIP64 size marker (0xFFFFFFFF) as absurd', async () => {
    const crafted = declareSize(docxWith({ name: 'word/media/a.bin', data: randomBytes(1000, 3) }), 'word/media/a.bin', 0xffffffff);
    expect((await zipBounds(memoryReader(crafted))).ok).toBe(false);
  });

  it(`refuses more than ${ZIP_MAX_ENTRIES} entries`, async () => {
    const many = buildZip(Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
    expect(await zipBounds(memoryReader(many))).toMatchObject({ ok: false, reason: 'too_many_entries', entries: ZIP_MAX_ENTRIES + 1 });
    expect((await verify(many)).ok).toBe(false);
  });

  it('says unreadable, not ok, for bytes that are no archive', async () => {
    expect(await zipBounds(memoryReader(randomBytes(5000, 1)))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
