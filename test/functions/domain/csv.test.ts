import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../functions/src/domain/csv';

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+33 6 12 34 56 78', `"'+33 6 12 34 56 78"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t'=1"`],
    ['Ressourcerie; atelier', '"Ressourcerie; atelier"'],
    ['ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['Économie « sociale »', 'Économie « sociale »'],
    ['', ''],
  ])('escapes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers with a French decimal comma, and empties for null', () => {
    expect(csvCell(12.5)).toBe('12,5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['ESS-2026-000001', 1200, null, '=1+1'])).toBe(`ESS-2026-000001;1200;;"'=1+1"\r\n`);
  });
});

/** What a spreadsheet would see in each field if it split the raw line on `sep`, ignoring quotes. */
const fieldsIfSplitOn = (line: string, sep: string) =>
  line
    .replace(/\r\n$/, '')
    .split(sep)
    .map((f) => f.replace(/^"/, ''));
const live = (field: string) => /^\s*[=+\-@\t\r]/.test(field);

describe('csv formula neutralising, whatever the separator the spreadsheet picks', () => {
  const hostile = ['1;=HYPERLINK("http://evil","clic")', 'a,@SUM(1)', 'x\t=1', 'x\r=1', 'ok\n+cmd|/C calc', 'a, =1', 'a;-2+3'];

  it.each(hostile)('%j never yields a field that starts a formula, split on ; , tab or line breaks', (value) => {
    const line = csvLine(['ESS-2026-000001', value]);
    for (const sep of [';', ',', '\t', '\n', '\r']) {
      const fields = fieldsIfSplitOn(line, sep);
      expect(fields.filter(live), `split on ${JSON.stringify(sep)}: ${JSON.stringify(line)}`).toEqual([]);
    }
  });

  it('quotes a neutralised cell, so a parser that honours quotes keeps it one cell', () => {
    expect(csvCell('a,@SUM(1)')).toBe(`"a,'@SUM(1)"`);
    expect(csvCell('x\t=1')).toBe(`"x\t'=1"`);
  });

  it('leaves harmless text alone', () => {
    expect(csvCell('Coopérative, atelier vélo')).toBe('Coopérative, atelier vélo');
    expect(csvCell('ESS-2026-000001')).toBe('ESS-2026-000001');
  });

  it('keeps genuine amounts readable: numbers are written as numbers, a negative one included', () => {
    expect(csvLine([-1250.5, 'texte'])).toBe('-1250,5;texte\r\n');
  });
});
