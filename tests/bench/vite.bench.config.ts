import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the naive alternative page that `npm run bench` measures beside the real app. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'naive'),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, 'dist-naive'), emptyOutDir: true },
});
