import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  LA_POSTE_SIREN,
  SIRET_ISSUE_CODE,
  SIRET_MESSAGE,
  formatSiret,
  hasValidLuhnKey,
  isValidSiren,
  isValidSiret,
  normalizeSiret,
  siretSchema,
} from '../../../functions/src/domain/siret';

const digitSum = (digits: string) => [...digits].reduce((sum, digit) => sum + Number(digit), 0);
const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((digits) => digits.join(''));

describe('isValidSiret', () => {
  it.each([
    ['Apple France, as printed', '73282932000074'],
    ['grouped with spaces', '732 829 320 00074'],
    ['grouped with no-break and narrow no-break spaces', '732\u00a0829\u202f320 00074'],
    ['grouped with dots', '732.829.320.00074'],
    ['grouped with hyphens', '732-829-320-00074'],
    ['La Poste head office (Luhn-valid)', '35600000000048'],
    ['a La Poste establishment (digit sum 45)', '35600000049837'],
    ['a La Poste establishment (digit sum 15)', '356 000 000 00001'],
  ])('accepts %s: %s', (_label, siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '73282932000079'],
    ['13 digits', '7328293200007'],
    ['15 digits', '732829320000740'],
    ['a letter', '7328293200007A'],
    ['letters only', 'abcdefghijklmn'],
    ['nothing', ''],
    ['a stray letter after the separators', '732-829-320-00074x'],
    ['a La Poste number failing both rules (digit sum 19)', '35600000000005'],
    ['a La Poste number failing both rules (digit sum 46)', '35600000049838'],
  ])('refuses %s: %s', (_label, siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });

  it('keeps the digit-sum rule for La Poste only', () => {
    const notLaPoste = '73282932000004';
    expect(digitSum(notLaPoste) % 5).toBe(0);
    expect(hasValidLuhnKey(notLaPoste)).toBe(false);
    expect(isValidSiret(notLaPoste)).toBe(false);
  });

  it('accepts the La Poste establishment only through the digit-sum rule', () => {
    expect(hasValidLuhnKey('35600000049837')).toBe(false);
    expect(digitSum('35600000049837') % 5).toBe(0);
  });
});

describe('isValidSiren', () => {
  it.each([
    ['732829320', true],
    ['732 829 320', true],
    [LA_POSTE_SIREN, true],
    ['732829321', false],
    ['73282932', false],
    ['7328293200', false],
    ['73282932A', false],
  ])('%s → %s', (siren, expected) => {
    expect(isValidSiren(siren)).toBe(expected);
  });
});

describe('normalizeSiret and formatSiret', () => {
  it.each([
    [' 732 829 320 00074 ', '73282932000074'],
    ['732.829.320.00074', '73282932000074'],
    ['732-829-320-00074', '73282932000074'],
    ['732\u202f829\u00a0320\t00074', '73282932000074'],
  ])('normalises %j to bare digits', (input, expected) => {
    expect(normalizeSiret(input)).toBe(expected);
  });

  it.each([
    ['73282932000074', '732 829 320 00074'],
    ['732.829.320.00074', '732 829 320 00074'],
    ['35600000049837', '356 000 000 49837'],
    [' 12345 ', '12345'],
    ['not a siret', 'not a siret'],
  ])('formats %j as %j', (input, expected) => {
    expect(formatSiret(input)).toBe(expected);
  });
});

describe('siretSchema', () => {
  it('outputs the bare digits of a valid SIRET', () => {
    expect(siretSchema.parse('732 829 320 00074')).toBe('73282932000074');
  });

  it('refuses an invalid SIRET with the French message and a code to find the English one', () => {
    const result = siretSchema.safeParse('732 829 320 00075');
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toBe(SIRET_MESSAGE.fr);
    expect(issue?.code === 'custom' ? issue.params : undefined).toEqual({ code: SIRET_ISSUE_CODE });
    expect(SIRET_MESSAGE.en).toBe('The SIRET number must be 14 valid digits (check for typos).');
  });
});

describe('Luhn properties (outside La Poste)', () => {
  test.prop([digitString(13).filter((prefix) => !prefix.startsWith(LA_POSTE_SIREN))])(
    'exactly one check digit completes a 13-digit prefix into a valid SIRET',
    (prefix) => {
      const valid = [...'0123456789'].filter((digit) => isValidSiret(prefix + digit));
      expect(valid).toHaveLength(1);
    },
  );

  test.prop([digitString(13), fc.nat({ max: 13 }), fc.integer({ min: 1, max: 9 })])(
    'changing any single digit of a valid SIRET makes it invalid',
    (prefix, position, shift) => {
      const checkDigit = [...'0123456789'].find((digit) => hasValidLuhnKey(prefix + digit)) ?? '';
      const siret = prefix + checkDigit;
      const changed = siret.slice(0, position) + String((Number(siret[position]) + shift) % 10) + siret.slice(position + 1);
      fc.pre(!siret.startsWith(LA_POSTE_SIREN) && !changed.startsWith(LA_POSTE_SIREN));
      expect(isValidSiret(siret)).toBe(true);
      expect(isValidSiret(changed)).toBe(false);
    },
  );
});
