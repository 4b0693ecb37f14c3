/**
 * Build and dev server for the SPA. Run from the repository root with
 * `vite build --config frontend/vite.config.ts`; paths are resolved from this file,
 * so the working directory does not matter.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [solid()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
