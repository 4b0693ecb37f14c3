/**
 * Guichet's own palette: every text/background pair the kit uses reaches WCAG AA,
 * computed here from tokens.css itself (with a contrast function written in this
 * test, not the one the config schema uses), and the tokens are the site
 * configuration's defaults, so a territory that overrides nothing sees these.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE } from '../../functions/src/domain/site';

const css = readFileSync('frontend/src/ui/tokens.css', 'utf8');
const token = (name: string): string => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css);
  if (!match) throw new Error(`tokens.css has no --${name} as #rrggbb`);
  return match[1]!.toLowerCase();
};

/** WCAG 2.1 contrast ratio (relative luminance, sRGB). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';

describe("Guichet's default palette", () => {
  it('is not the State\'s "bleu France" nor its hover and tint', () => {
    for (const name of ['color-primary', 'color-primary-hover', 'color-primary-tint']) {
      expect(['#000091', '#1212ff', '#f5f5fe']).not.toContain(token(name));
    }
  });

  it('is the site configuration default, so an override replaces exactly these', () => {
    expect({
      primary: token('color-primary'),
      primaryHover: token('color-primary-hover'),
      primaryTint: token('color-primary-tint'),
    }).toEqual(DEFAULT_SITE.colors);
  });

  // [foreground, background, minimum]: text 4.5:1, control edges and focus 3:1.
  const pairs: [string, string, number][] = [
    ['color-primary', 'white', 4.5], // links, secondary buttons' text
    ['white', 'color-primary', 4.5], // primary buttons
    ['white', 'color-primary-hover', 4.5], // hovered primary buttons
    ['color-primary', 'color-primary-tint', 4.5], // selected option, secondary button hovered
    ['color-primary', 'color-surface', 4.5],
    ['color-text', 'white', 4.5],
    ['color-text', 'color-primary-tint', 4.5],
    ['color-text', 'color-surface', 4.5],
    ['color-heading', 'color-primary-tint', 4.5],
    ['color-muted', 'white', 4.5],
    ['color-muted', 'color-primary-tint', 4.5],
    ['color-muted', 'color-surface', 4.5],
    ['color-error', 'white', 4.5],
    ['color-error', 'color-error-tint', 4.5],
    ['color-success', 'white', 4.5],
    ['color-success', 'color-success-tint', 4.5],
    ['color-warning', 'color-warning-tint', 4.5],
    ['color-review', 'color-review-tint', 4.5],
    ['color-control-border', 'white', 3],
    ['color-focus', 'white', 3],
    ['color-primary', 'color-primary-tint', 3], // the selected option's edge
  ];
  const value = (name: string) => (name === 'white' ? WHITE : token(name));

  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(minimum);
  });

  it('the contrast function is the WCAG one (black on white 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});
