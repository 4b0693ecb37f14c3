/**
 * CSV for French spreadsheet users: `;` separates cells (French Excel expects it),
 * files start with a UTF-8 BOM (so Excel reads accents right), and any cell that a
 * spreadsheet would run as a formula is neutralised (OWASP "CSV injection").
 */

export const CSV_SEPARATOR = ';';
export const UTF8_BOM = '\uFEFF';

/** Characters that make Excel, LibreOffice or Sheets evaluate a field they start. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** Every separator a spreadsheet may be told (or guess) to split a line on. */
const SEPARATORS = new Set([',', ';', '\t', '\r', '\n']);

/**
 * Puts an apostrophe before every trigger that would start a field, whichever
 * separator the spreadsheet splits on: at the start of the text and after each
 * `,`, `;`, tab or line break (leading spaces skipped, as spreadsheets trim them).
 * So `a,@SUM(1)` becomes `a,'@SUM(1)`: read as one cell or as two, nothing runs.
 */
function defuse(text: string): string {
  let out = '';
  let fieldStart = true;
  for (const ch of text) {
    if (fieldStart && FORMULA_TRIGGERS.has(ch)) out += "'";
    out += ch;
    if (SEPARATORS.has(ch)) fieldStart = true;
    else if (ch !== ' ') fieldStart = false;
  }
  return out;
}

/**
 * One cell. Text is defused (see `defuse`) and then quoted if it holds `;`, quotes
 * or line breaks, or was defused. Numbers are amounts the API computed, never user
 * text: they are written as numbers (a refund of -12.5 stays `-12,5`), so a
 * genuine negative amount stays a number the spreadsheet can add up.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const raw = String(value);
  const text = defuse(raw);
  return text !== raw || /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}
