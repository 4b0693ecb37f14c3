import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file's own location so that no machine-specific
 * path is ever written into the code or the synthesized template.
 */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every Lambda handler lives in this one file; each function picks its export by name. */
export const LAMBDA_ENTRY = resolve(REPO_ROOT, 'functions/src/lambda.ts');

/** The root lock file pins the AWS SDK and Hono versions that esbuild bundles. */
export const LOCK_FILE = resolve(REPO_ROOT, 'package-lock.json');

/**
 * The built SPA, or `undefined` before `npm run build` has run: synth must work in CI
 * (and in the infra tests) before the frontend exists.
 */
export function builtFrontend(): string | undefined {
  const dist = resolve(REPO_ROOT, 'frontend/dist');
  return existsSync(resolve(dist, 'index.html')) ? dist : undefined;
}
