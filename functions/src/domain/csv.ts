/**
 * CSV for French spreadsheet users: `;` separates cells (French Excel expects it),
 * files start with a UTF-8 BOM (so Excel reads accents right), and any cell that a
 * spreadsheet would run as a formula is neutralised (OWASP "CSV injection").
 */

export const CSV_SEPARATOR = ';';
export const UTF8_BOM = '\uFEFF';

/** Leading characters that make Excel, LibreOffice or Sheets evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formulas defused with a leading apostrophe, then quoted if it holds `;`, quotes or line breaks. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}
