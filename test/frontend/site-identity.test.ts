/**
 * The portal's names and contacts come from the site configuration only: no source
 * file of the SPA or the API may write the old generic authority name or an
 * `@example.org` placeholder contact again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|css|html)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN = [/Communauté d['’]agglomération/i, /@example\.org/i];

describe('no hard-coded authority name or placeholder contact', () => {
  it.each(['frontend/src', 'functions/src'])('%s names the authority and its contacts only through the site configuration', (root) => {
    const files = sources(root);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });

  it('index.html names no authority and no contact address', () => {
    const html = readFileSync('frontend/index.html', 'utf8');
    expect(html).not.toMatch(/Communauté|@[a-z.]+\.(org|fr)/i);
  });
});
