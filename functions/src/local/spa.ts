/** Builds the SPA with Vite when frontend/dist is missing or older than its sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureSpaBuilt(root: string, log: (line: string) => void): Promise<string> {
  const frontend = join(root, 'frontend');
  const dist = join(frontend, 'dist');
  const index = join(dist, 'index.html');
  const sources = Math.max(newestMtime(join(frontend, 'src')), statSync(join(frontend, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return dist;
  log('Building the web app (frontend/dist)…');
  const { build } = await import('vite');
  await build({ configFile: join(frontend, 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}
