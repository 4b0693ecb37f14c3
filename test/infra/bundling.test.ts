import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../functions/src/receipt/fonts';
import { RECEIPT_FONTS } from '../../infra/constructs/portal-function';
import { REPO_ROOT } from '../../infra/paths';
import { buildPortal, removeAssemblies, tempOutdir } from './portal-app';

const run = promisify(execFile);

/**
 * The measured Hono + SDK bundle is about 0.8 MB (TOOLCHAIN.md); pdf-lib and fontkit, which
 * lay out the deposit receipt with an embedded font, add about 1.4 MB minified. This leaves
 * room, not bloat.
 */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

let bundle: string;
let codeKeys: string[];

beforeAll(() => {
  const outdir = tempOutdir();
  const { stack } = buildPortal({ bundle: true, outdir, props: { siteAssetsPath: null } });
  const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function', {
    Properties: { Runtime: 'nodejs22.x' },
  });
  codeKeys = Object.values(functions).map((fn) => fn.Properties.Code.S3Key as string);
  bundle = join(outdir, `asset.${codeKeys[0]!.replace(/\.zip$/, '')}`, 'index.mjs');
}, 120_000);

afterAll(removeAssemblies);

describe('Lambda bundle (real esbuild, no Docker)', () => {
  it('is one asset shared by the three functions', () => {
    expect(codeKeys).toHaveLength(3);
    expect(new Set(codeKeys).size).toBe(1);
    expect(existsSync(bundle)).toBe(true);
  });

  it('is minified ESM with the require shim, a source map, and a sane size', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code.startsWith("import { createRequire } from 'module';")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bapi\b[^}]*\}/);
    expect(existsSync(`${bundle}.map`)).toBe(true);
    expect(statSync(bundle).size).toBeLessThan(MAX_BUNDLE_BYTES);
  });

  it('ships the receipt fonts beside index.mjs, where functions/src/receipt/fonts.ts reads them', () => {
    for (const file of Object.values(FONT_FILES)) {
      const shipped = join(dirname(bundle), file);
      expect(existsSync(shipped), file).toBe(true);
      expect(readFileSync(shipped).equals(readFileSync(join(REPO_ROOT, RECEIPT_FONTS, basename(file))))).toBe(true);
    }
    expect(existsSync(join(dirname(bundle), 'fonts', 'OFL.txt'))).toBe(true);
  });

  it('imports cleanly on Node with the AWS configuration and exports the three handlers', async () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      console.log(JSON.stringify(Object.keys(m).filter((k) => typeof m[k] === 'function').sort()));`;
    const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      timeout: 20_000,
      env: {
        PATH: process.env.PATH,
        APP_MODE: 'aws',
        TABLE_NAME: 'guichet-table',
        DOCUMENTS_BUCKET: 'guichet-documents-111122223333-eu-west-3',
        DOCUMENTS_BUCKET_ORIGIN: 'https://guichet-documents-111122223333-eu-west-3.s3.eu-west-3.amazonaws.com',
        SITE_ORIGIN: 'https://d111111abcdef8.cloudfront.net',
        MAIL_FROM: 'no-reply@example.org',
        ADMIN_EMAILS: '',
        SESSION_SECRET_PARAMETER: '/guichet/otp-hmac-secret',
        AWS_REGION: 'eu-west-3',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_EC2_METADATA_DISABLED: 'true',
        // Should the import ever call AWS, it hits a closed loopback port instead.
        AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      },
    });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual(expect.arrayContaining(['api', 'documents', 'scheduler']));
  });
});
