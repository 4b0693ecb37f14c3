import { describe, expect, it } from 'vitest';
import { diff, sameData } from '../../../functions/src/domain/audit';

describe('audit diff', () => {
  it('lists only the fields whose values changed, with before and after', () => {
    const before = { status: 'draft', envelopeCents: 100, title: { fr: 'A', en: 'A' }, rules: { legalForms: ['scop'] } };
    const after = { status: 'published', envelopeCents: 100, title: { en: 'A', fr: 'B' }, rules: { legalForms: ['scop'] } };
    expect(diff(before, after, ['status', 'envelopeCents', 'title', 'rules'])).toEqual({
      changed: ['status', 'title'],
      before: { status: 'draft', title: { fr: 'A', en: 'A' } },
      after: { status: 'published', title: { en: 'A', fr: 'B' } },
    });
  });

  it('compares nested values whatever their key order, and keeps array order significant', () => {
    expect(sameData({ a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameData({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
    expect(sameData(undefined, null)).toBe(false);
  });
});
