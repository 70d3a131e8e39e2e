/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the built dashboard also works from a sub-folder or file server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  preview: { port: 4173, strictPort: false },
  test: {
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/helpers/setupComponents.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Real headless Chromium against the built app (`npm run build` first).
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: one browser per worker is the most this machine takes well.
          maxWorkers: 2,
          // After the fast unit and component projects, so a broken model fails in seconds.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
