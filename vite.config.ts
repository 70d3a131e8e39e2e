/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content Security Policy of the built page (issue #18): the tightest the
 * app needs, each directive for a reason. The same policy should also be sent
 * as an HTTP header, with what a <meta> cannot carry (README, "Security").
 */
const CONTENT_SECURITY_POLICY = [
  // Anything not named below is refused: frames, media, manifests, <object>…
  "default-src 'none'",
  // Only the bundled modules: Vite emits no inline script, and nothing evaluates strings.
  "script-src 'self'",
  // The bundled stylesheet only. Inline style attributes are not needed: React,
  // Leaflet and D3 set styles through the CSSOM (element.style), which CSP allows.
  "style-src 'self'",
  // Leaflet's stylesheet inlines its icons as data: PNGs; the PNG export
  // decodes its SVG from a blob: URL; the optional OpenStreetMap background.
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  // Inter ships with the app (the export embeds it in its SVG, not in the page).
  "font-src 'self'",
  // The basemap and fonts to embed: same origin only (OpenStreetMap tiles are <img>, not fetched).
  // The import's worker fetches the commune list and ?data= files; a worker's policy is its own
  // script's response headers, not this page's <meta>, so those stay same-origin by their code
  // (mode: 'same-origin' and the final address checked, io/linkedDataset.ts).
  "connect-src 'self'",
  // The import's worker (a module of the app's own: io/import/importWorker.ts), and the workbook
  // writer's (fflate compresses large sheets in a worker made from a blob: URL).
  "worker-src 'self' blob:",
  "object-src 'none'",
  // No <base> in the page: nothing may change where relative URLs point.
  "base-uri 'none'",
  // No form is ever submitted.
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html, right after <meta charset> (it only
 * applies to what follows it). Build only: the dev server injects inline
 * scripts for hot reload. Fails the build if an inline script appears, which
 * the policy would block (it would then need its hash in script-src).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) throw new Error('index.html has an inline <script>: add its hash to script-src');
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the Content Security Policy after');
        return html.replace(charset, (meta) => `${meta}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

/**
 * What the first screen needs, asked for from the page's first lines: without
 * this the page waited for its code to run before asking for the study's data
 * (io/loadStudyDataset) and for the fonts Figure 1 is laid out with
 * (ChartPanel waits for them), one after the other. A preload `as="fetch"` or
 * `as="font"` with `crossorigin` matches the app's own request, so nothing is
 * fetched twice. The build fails if one of them is no longer in the bundle.
 */
const FIRST_SCREEN_ASSETS = [
  { file: /^assets\/study-[^/]+\.json$/, as: 'fetch', type: null },
  // Inter as Figure 1, the map's names and the page use it (400 and 600, latin).
  { file: /^assets\/inter-latin-400-normal-[^/]+\.woff2$/, as: 'font', type: 'font/woff2' },
  { file: /^assets\/inter-latin-600-normal-[^/]+\.woff2$/, as: 'font', type: 'font/woff2' },
] as const;

function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // One script for the first screen (see codeSplitting below): each chunk more was one more request the page
        // waited for before running.
        if (/<link rel="modulepreload"/.test(html)) throw new Error('The first screen needs more than one script file: see build.rolldownOptions');
        const files = Object.values(context.bundle ?? {}).map((file) => file.fileName);
        const links = FIRST_SCREEN_ASSETS.map(({ file, as, type }) => {
          const fileName = files.find((name) => file.test(name));
          if (!fileName) throw new Error(`Nothing in the bundle matches ${file} (first-screen preload): was it renamed?`);
          return `<link rel="preload" href="./${fileName}" as="${as}"${type ? ` type="${type}"` : ''} crossorigin="anonymous" />`;
        });
        return html.replace('</title>', `</title>\n    ${links.join('\n    ')}`);
      },
    },
  };
}

/** End-to-end tests that measure the page's main-thread tasks: run alone (the `e2e-quiet` project). */
const QUIET_E2E = ['tests/e2e/importWorker.e2e.ts'];

/** What both end-to-end projects share: Node drives a real Chromium, served the built app by the global setup. */
const BROWSER_TESTS = {
  environment: 'node' as const,
  globalSetup: ['tests/e2e/globalSetup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// Relative base so the built dashboard also works from a sub-folder or file server.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadFirstScreen()],
  // The import's worker loads parts of itself on demand (the workbook reader): a module worker, split like the page.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Everything the first screen imports goes in one file (Rolldown merges the group into the entry): left to
        // itself, it split the modules the later chunks share into eight more files, and the page waited for nine
        // requests before running (issue #14: the study's load went from 219 to 187 ms, medians of 15, same run).
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
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
          ...BROWSER_TESTS,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [...QUIET_E2E],
          // Two cores: one browser per worker is the most this machine takes well.
          maxWorkers: 2,
          // After the fast unit and component projects, so a broken model fails in seconds.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // End-to-end tests that bound main-thread tasks (issue #14): alone on the machine, after the others, one
          // browser at a time — a second browser sharing the two cores makes any page's tasks longer.
          ...BROWSER_TESTS,
          name: 'e2e-quiet',
          include: [...QUIET_E2E],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
