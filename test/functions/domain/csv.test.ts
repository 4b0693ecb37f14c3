import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../functions/src/domain/csv';

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
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
    expect(csvLine(['ESS-2026-000001', 1200, null, '=1+1'])).toBe("ESS-2026-000001;1200;;'=1+1\r\n");
  });
});
