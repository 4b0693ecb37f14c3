/**
 * A small flowing-text layout on top of pdf-lib: A4 pages, a cursor that moves down,
 * text wrapped to a width, label/value rows, tables whose header repeats on a new
 * page, page breaks wherever a line would cross the bottom margin, and a footer with
 * "Page n/N" written once the page count is known. The receipt (services/receipt.ts)
 * describes what to write; this file decides where it goes.
 */
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export type Fonts = { regular: PDFFont; bold: PDFFont };

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 50;
const MARGIN_TOP = 56;
const MARGIN_BOTTOM = 64;
const INK = rgb(0.11, 0.13, 0.16);
const MUTED = rgb(0.36, 0.39, 0.44);
const RULE = rgb(0.78, 0.8, 0.84);
const ACCENT = rgb(0.05, 0.37, 0.4);

export const SIZES = { title: 18, heading: 12.5, body: 10, small: 8.5 } as const;
const LEADING = 1.35;

/** Characters the embedded font has no glyph for read as a near equivalent, never as an empty box. */
const FALLBACKS: Record<string, string> = { '\u202f': '\u00a0', '\u2009': ' ', '\u2011': '-', '\t': ' ' };

/** A function that keeps only what `font` can draw: known fallbacks first, then "?" for the rest. */
export function textSanitizer(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) => {
    let out = '';
    for (const char of text.replace(/\r\n?/g, '\n')) {
      const code = char.codePointAt(0) ?? 0;
      if (char === '\n' || supported.has(code)) out += char;
      else if (FALLBACKS[char] && supported.has(FALLBACKS[char].codePointAt(0) ?? 0)) out += FALLBACKS[char];
      else if (FALLBACKS[char]) out += ' ';
      else if (code >= 0x20) out += '?';
    }
    return out;
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as `measure` counts it: paragraphs
 * stay apart, words wrap at spaces, and a word wider than the line (a URL, a hash) is
 * cut where it must. An empty text is one empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > maxWidth) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export type Column = { width: number; align?: 'left' | 'right' };
export type Row = { cells: string[]; bold?: boolean; mono?: boolean };

/** Writes flowing content top to bottom, opening pages as it goes. */
export class PageWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly clean: (text: string) => string;
  readonly width = A4[0] - 2 * MARGIN_X;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.clean = textSanitizer(fonts.regular);
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN_TOP;
  }

  /** Opens a new page unless `height` points still fit above the bottom margin. */
  private room(height: number): void {
    if (this.y - height < MARGIN_BOTTOM) this.newPage();
  }

  private lineHeight(size: number): number {
    return size * LEADING;
  }

  private lines(text: string, width: number, size: number, font: PDFFont): string[] {
    return wrapText(this.clean(text), width, (s) => font.widthOfTextAtSize(s, size));
  }

  private draw(text: string, x: number, size: number, font: PDFFont, color = INK): void {
    if (text) this.page.drawText(text, { x, y: this.y - size, size, font, color });
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Wrapped text over the full width (or from `indent`); breaks between lines when the page is full. */
  paragraph(text: string, options: { size?: number; bold?: boolean; color?: 'ink' | 'muted' | 'accent'; indent?: number } = {}): void {
    const size = options.size ?? SIZES.body;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    const color = options.color === 'muted' ? MUTED : options.color === 'accent' ? ACCENT : INK;
    for (const line of this.lines(text, this.width - indent, size, font)) {
      this.room(this.lineHeight(size));
      this.draw(line, MARGIN_X + indent, size, font, color);
      this.y -= this.lineHeight(size);
    }
  }

  /** A section heading with a rule under it, kept with at least three lines of what follows. */
  heading(text: string): void {
    this.room(this.lineHeight(SIZES.heading) + 6 + 3 * this.lineHeight(SIZES.body));
    this.space(10);
    this.paragraph(text, { size: SIZES.heading, bold: true, color: 'accent' });
    this.page.drawLine({
      start: { x: MARGIN_X, y: this.y + 2 },
      end: { x: MARGIN_X + this.width, y: this.y + 2 },
      thickness: 0.6,
      color: RULE,
    });
    this.space(6);
  }

  /** Label on the left, wrapped value on the right; a long value carries on over the page break. */
  fields(rows: { label: string; value: string }[], labelWidth = 160): void {
    const size = SIZES.body;
    const height = this.lineHeight(size);
    const valueWidth = this.width - labelWidth - 10;
    for (const row of rows) {
      const labels = this.lines(row.label, labelWidth, size, this.fonts.bold);
      const values = this.lines(row.value, valueWidth, size, this.fonts.regular);
      const count = Math.max(labels.length, values.length);
      // Keep the label with the first two lines of its value.
      this.room(height * Math.min(count, 2));
      for (let i = 0; i < count; i++) {
        this.room(height);
        this.draw(labels[i] ?? '', MARGIN_X, size, this.fonts.bold, MUTED);
        this.draw(values[i] ?? '', MARGIN_X + labelWidth + 10, size, this.fonts.regular);
        this.y -= height;
      }
      this.space(3);
    }
  }

  /** A table: a bold header row (repeated after a page break), wrapped cells, a rule under each row. */
  table(columns: Column[], header: string[], rows: Row[]): void {
    const size = SIZES.body;
    const height = this.lineHeight(size);
    const gap = 8;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const drawRow = (cells: string[], font: PDFFont, cellSize: number) => {
      const wrapped = cells.map((cell, i) => this.lines(cell, widths[i]! - gap, cellSize, font));
      const count = Math.max(...wrapped.map((l) => l.length));
      const rowHeight = count * this.lineHeight(cellSize) + 4;
      return { wrapped, rowHeight };
    };
    const paint = (wrapped: string[][], font: PDFFont, cellSize: number, rowHeight: number) => {
      let x = MARGIN_X;
      wrapped.forEach((lines, i) => {
        const width = widths[i]! - gap;
        lines.forEach((line, n) => {
          const offset = columns[i]?.align === 'right' ? width - font.widthOfTextAtSize(line, cellSize) : 0;
          if (line) {
            this.page.drawText(line, {
              x: x + offset,
              y: this.y - cellSize - n * this.lineHeight(cellSize) - 2,
              size: cellSize,
              font,
              color: INK,
            });
          }
        });
        x += widths[i]!;
      });
      this.y -= rowHeight;
      this.page.drawLine({ start: { x: MARGIN_X, y: this.y }, end: { x: MARGIN_X + this.width, y: this.y }, thickness: 0.4, color: RULE });
    };
    const head = drawRow(header, this.fonts.bold, size);
    const writeHeader = () => paint(head.wrapped, this.fonts.bold, size, head.rowHeight);
    this.room(head.rowHeight + height * 2);
    writeHeader();
    for (const row of rows) {
      const font = row.bold ? this.fonts.bold : this.fonts.regular;
      const cellSize = row.mono ? SIZES.small : size;
      const { wrapped, rowHeight } = drawRow(row.cells, font, cellSize);
      if (this.y - rowHeight < MARGIN_BOTTOM) {
        this.newPage();
        writeHeader();
      }
      paint(wrapped, font, cellSize, rowHeight);
    }
    this.space(6);
  }

  /** "Page n/N" and a line naming the document at the foot of every page, once all pages exist. */
  footers(left: string, pageLabel: (n: number, total: number) => string): void {
    const pages = this.doc.getPages();
    const size = SIZES.small;
    const font = this.fonts.regular;
    const text = this.clean(left);
    pages.forEach((page, index) => {
      const label = pageLabel(index + 1, pages.length);
      const y = MARGIN_BOTTOM - 30;
      page.drawLine({ start: { x: MARGIN_X, y: y + 14 }, end: { x: MARGIN_X + this.width, y: y + 14 }, thickness: 0.4, color: RULE });
      const room = this.width - font.widthOfTextAtSize(label, size) - 20;
      const [first] = wrapText(text, room, (s) => font.widthOfTextAtSize(s, size));
      page.drawText(first ?? '', { x: MARGIN_X, y, size, font, color: MUTED });
      page.drawText(label, { x: MARGIN_X + this.width - font.widthOfTextAtSize(label, size), y, size, font, color: MUTED });
    });
  }
}
