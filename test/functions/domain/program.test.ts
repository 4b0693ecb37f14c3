import { describe, expect, it } from 'vitest';
import { isOpen, programSchema } from '../../../functions/src/domain/program';
import { demoPrograms } from '../../../functions/src/local/demo-data';

describe('programme model', () => {
  it('accepts both demo programmes as valid programme data', () => {
    for (const program of demoPrograms(new Date('2026-11-28T10:00:00Z'))) {
      const result = programSchema.safeParse(program);
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('keeps the demo rules realistic: amounts, share of budget and territory', () => {
    const [seed, innovation] = demoPrograms(new Date('2026-11-28T10:00:00Z'));
    expect(seed?.rules).toMatchObject({ minAmountCents: 100_000, maxAmountCents: 3_000_000, maxShareOfBudgetPercent: 50 });
    expect(innovation?.rules.legalForms).not.toContain('en_creation');
    expect(seed?.rules.territory.communes.map((c) => c.name)).toContain('Arras');
    expect(seed?.rules.territory.communes.map((c) => c.name)).not.toContain('Lens');
  });

  it.each([
    ['before opening', '2026-11-30T23:59:59.999Z', false],
    ['at opening', '2026-12-01T00:00:00.000Z', true],
    ['just before the deadline', '2026-12-31T22:59:59.999Z', true],
    ['during the deadline minute (included)', '2026-12-31T23:00:59.999Z', true],
    ['once the deadline minute is over', '2026-12-31T23:01:00.000Z', false],
  ])('isOpen %s → %s', (_label, now, expected) => {
    const window = { opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-31T23:00:00.000Z' };
    expect(isOpen({ status: 'published', ...window }, new Date(now))).toBe(expected);
    expect(isOpen({ status: 'draft', ...window }, new Date(now))).toBe(false);
  });

  it('refuses a programme whose amounts are not whole cents', () => {
    const [seed] = demoPrograms(new Date());
    const result = programSchema.safeParse({ ...seed, envelopeCents: 10.5 });
    expect(result.success).toBe(false);
  });
});
