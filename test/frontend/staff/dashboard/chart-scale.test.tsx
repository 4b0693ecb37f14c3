import { describe, expect, it } from 'vitest';
import { dayNumber, linearScale, niceStep, niceTicks, spreadPick, stepPath } from '../../../../frontend/src/features/dashboard/chart-scale';
import { envelopeGeometry, ENVELOPE_MARGIN } from '../../../../frontend/src/features/dashboard/envelope-geometry';

describe('chart scales', () => {
  it('maps a domain onto a range, inverted for SVG y', () => {
    const y = linearScale([0, 300], [250, 50]);
    expect(y(0)).toBe(250);
    expect(y(300)).toBe(50);
    expect(y(150)).toBe(150);
  });

  it('puts everything in the middle of the range when the domain has no width', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it.each([
    [0.7, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [7_500_000, 10_000_000],
    [2_000, 2_000],
  ])('rounds a rough step of %d up to %d', (rough, nice) => {
    expect(niceStep(rough)).toBe(nice);
  });

  it('ticks from zero to a round value at or above the maximum', () => {
    expect(niceTicks(30_000_000, 4)).toEqual([0, 10_000_000, 20_000_000, 30_000_000]);
    expect(niceTicks(37_000_000, 4)).toEqual([0, 10_000_000, 20_000_000, 30_000_000, 40_000_000]);
    expect(niceTicks(9, 4)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('counts calendar days, across a month and a year end', () => {
    expect(dayNumber('2026-12-31') - dayNumber('2026-12-01')).toBe(30);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
  });

  it('keeps the first and the last label when there is no room for all', () => {
    const days = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(spreadPick(days, 3)).toEqual(['a', 'e', 'i']);
    expect(spreadPick(days, 20)).toEqual(days);
    expect(spreadPick(days, 1)).toEqual(['i']);
  });

  it('draws a step line that stays level between decisions', () => {
    expect(
      stepPath(
        [
          { x: 20, y: 80 },
          { x: 40, y: 30 },
        ],
        10,
        60,
        100,
      ),
    ).toBe('M10 100 H20 V80 H40 V30 H60');
  });
});

describe('envelope chart layout', () => {
  const points = [
    { date: '2026-12-03', awardedCents: 15_000_000 },
    { date: '2026-12-10', awardedCents: 35_000_000 },
  ];

  it('scales up to the envelope, or beyond it when more was awarded', () => {
    const within = envelopeGeometry(points.slice(0, 1), 30_000_000, 600);
    expect(within.yTicks.map((tick) => tick.cents)).toEqual([0, 10_000_000, 20_000_000, 30_000_000]);
    expect(within.envelopeY).toBe(within.plot.top);
    const over = envelopeGeometry(points, 30_000_000, 600);
    expect(over.yTicks.at(-1)?.cents).toBe(40_000_000);
    expect(over.envelopeY).toBeGreaterThan(over.plot.top);
  });

  it('places one dot per decision day, in order, inside the plot', () => {
    const geometry = envelopeGeometry(points, 40_000_000, 600);
    expect(geometry.dots).toHaveLength(2);
    const [first, second] = geometry.dots;
    expect(first!.x).toBeGreaterThan(ENVELOPE_MARGIN.left);
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(second!.x).toBeLessThan(600 - ENVELOPE_MARGIN.right);
    expect(second!.y).toBeLessThan(first!.y);
    expect(geometry.path.startsWith(`M${ENVELOPE_MARGIN.left} ${geometry.plot.bottom}`)).toBe(true);
  });

  it('labels fewer days on a phone than on a wide screen', () => {
    const many = Array.from({ length: 20 }, (_, index) => ({
      date: `2026-11-${String(index + 1).padStart(2, '0')}`,
      awardedCents: (index + 1) * 100_000,
    }));
    const phone = envelopeGeometry(many, 30_000_000, 358);
    const wide = envelopeGeometry(many, 30_000_000, 1068);
    expect(phone.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(phone.xTicks[0]?.date).toBe('2026-11-01');
    expect(phone.xTicks.at(-1)?.date).toBe('2026-11-20');
  });
});
