import { describe, expect, it } from 'vitest';
import { formatCommunes, parseCommunes } from '../../../../frontend/src/features/programme-builder/communes-text';

describe('communes editor', () => {
  it('reads one commune per line, with semicolons or spreadsheet tabs, skipping blank lines', () => {
    const text = '62041;62000;Arras\n\n  62099 ; 62217 ; Beaurains  \n2a004\t20000\tAjaccio\r\n';
    expect(parseCommunes(text)).toEqual({
      communes: [
        { insee: '62041', postcode: '62000', name: 'Arras' },
        { insee: '62099', postcode: '62217', name: 'Beaurains' },
        { insee: '2A004', postcode: '20000', name: 'Ajaccio' },
      ],
      problems: [],
    });
  });

  it('reports each bad line with its number and reason, and keeps the good ones', () => {
    const text = ['62041;62000;Arras', '62099;62217', '6204;62000;Agny', '62012;6221;Agny', '62012;62217;', '62041;62000;Arras bis'].join(
      '\n',
    );
    const { communes, problems } = parseCommunes(text);
    expect(communes).toEqual([{ insee: '62041', postcode: '62000', name: 'Arras' }]);
    expect(problems.map(({ line, code }) => [line, code])).toEqual([
      [2, 'fields'],
      [3, 'insee'],
      [4, 'postcode'],
      [5, 'name'],
      [6, 'duplicate'],
    ]);
    expect(problems[1]?.text).toBe('6204;62000;Agny');
  });

  it('writes communes back as the lines it reads', () => {
    const communes = [
      { insee: '62041', postcode: '62000', name: 'Arras' },
      { insee: '62753', postcode: '62223', name: 'Saint-Laurent-Blangy' },
    ];
    expect(formatCommunes(communes)).toBe('62041;62000;Arras\n62753;62223;Saint-Laurent-Blangy');
    expect(parseCommunes(formatCommunes(communes)).communes).toEqual(communes);
  });
});
