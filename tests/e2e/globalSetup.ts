import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (dist/) on localhost for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist/index.html');
  if (!existsSync(dist)) {
    throw new Error('dist/ is missing: end-to-end tests drive the built app, run `npm run build` first.');
  }
  const server = await preview({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4310, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
