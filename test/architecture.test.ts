/**
 * The layering rules that keep the SPA and the API easy to change, read off the
 * import statements of every source file:
 * - the SPA reaches the server's code through the shared domain only (and the
 *   app's type, for the typed client), never services, stores or routes;
 * - a feature never imports another feature: routes compose them;
 * - the domain stays pure: no AWS SDK, no DOM framework, no other layer;
 * - services and middleware never reach a DynamoDB or S3 adapter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Import {
  file: string;
  specifier: string;
  /** The imported path relative to the repository root, for relative specifiers. */
  target: string | null;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = match[3] ?? match[4] ?? match[5] ?? '';
    const target = specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : null;
    return { file, specifier, target, typeOnly: match[2] !== undefined };
  });
}

const spa = sourceFiles('frontend/src').flatMap(importsOf);

describe('architecture', () => {
  it('finds the imports it checks', () => {
    expect(spa.length).toBeGreaterThan(500);
    expect(spa.some((i) => i.target?.startsWith('functions/src/domain/'))).toBe(true);
  });

  it('lets the SPA import server code from the shared domain only', () => {
    const leaks = spa.filter(
      (i) =>
        i.target?.startsWith('functions/') &&
        !i.target.startsWith('functions/src/domain/') &&
        !(i.typeOnly && i.target === 'functions/src/app'),
    );
    expect(leaks.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it('never lets a feature import another feature', () => {
    const featureOf = (path: string) => /^frontend\/src\/features\/([^/]+)\//.exec(path)?.[1];
    const crossings = spa.filter((i) => {
      const from = featureOf(i.file);
      const to = i.target ? featureOf(`${i.target}/`) : undefined;
      return from !== undefined && to !== undefined && from !== to;
    });
    expect(crossings.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it('keeps the domain pure', () => {
    const impure = sourceFiles('functions/src/domain')
      .flatMap(importsOf)
      .filter((i) => (i.target ? !i.target.startsWith('functions/src/domain/') : i.specifier !== 'zod'));
    expect(impure.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });

  it('keeps services and middleware off the storage adapters', () => {
    const leaks = ['functions/src/services', 'functions/src/middleware', 'functions/src/routes']
      .flatMap(sourceFiles)
      .flatMap(importsOf)
      .filter((i) => i.target !== null && /^functions\/src\/store\/(dynamo-|s3-)/.test(i.target));
    expect(leaks.map((i) => `${i.file} → ${i.specifier}`)).toEqual([]);
  });
});
