/**
 * `npm run bench`: measures the built dashboard in headless Chromium, beside the
 * simplest competent alternative (tests/bench/naive), in the same run.
 *
 * - load to interactive: from navigation start until the chart's marks and the
 *   map's markers are in the page (median of 7 loads);
 * - filter change: main-thread work for one domain toggle, from the click to the
 *   end of the frame that shows it = script time (the click handler, React's
 *   render and commit, effects, Leaflet updates) + the frame's style, layout and
 *   paint (from the next animation frame to just after it). The wait for the
 *   frame itself is excluded: a change "fits in one frame" when this is under
 *   16.7 ms. Median and worst of 40 changes after 6 warm-up changes;
 * - JS heap after load.
 * Writes tests/bench/results/latest.json and the table in README.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

const root = resolve(import.meta.dirname, '../..');
const CHANGES = 60;
const WARMUP = 6;
const LOADS = 7;

interface Subject {
  readonly name: string;
  readonly url: string;
  /** Checkboxes whose clicks change the filters. */
  readonly toggles: string;
  /** Present once each view is drawn. */
  readonly ready: { readonly chart: string; readonly map: string };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round = (value: number) => Math.round(value * 100) / 100;

/** Navigation start to the first frame where both views are present (recorded by the init script in main). */
async function measureLoad(page: Page, subject: Subject): Promise<number> {
  await page.goto(subject.url);
  const handle = await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt);
  return (await handle.jsonValue()) as number;
}

async function measureChanges(page: Page, subject: Subject): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + CHANGES; i += 1) {
    const work = await page.evaluate(
      ([selector, k]) =>
        new Promise<number>((done) => {
          const toggles = document.querySelectorAll<HTMLInputElement>(selector as string);
          const toggle = toggles[(k as number) % toggles.length];
          if (!toggle) throw new Error(`no toggle ${selector}`);
          const t0 = performance.now();
          toggle.click();
          const script = performance.now() - t0;
          requestAnimationFrame(() => {
            const frameStart = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(script + (performance.now() - frameStart));
            channel.port2.postMessage(null);
          });
        }),
      [subject.toggles, Math.floor(i / 2) * 5 + (i % 2)] as const,
    );
    if (i >= WARMUP) samples.push(work);
  }
  return samples;
}

const EXPORTS = 5;

/** Whole view as PNG at 2×, click to download; the first (cold) run loads the export code and the font. */
async function measureExports(page: Page): Promise<{ cold: number; warm: number[] }> {
  await page.getByRole('button', { name: /^Exporter/ }).click();
  const once = async () => {
    const t0 = performance.now();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image PNG' }).click()]);
    return performance.now() - t0;
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < EXPORTS; i += 1) warm.push(await once());
  return { cold, warm };
}

async function main() {
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('Run `npm run build` first (npm run bench does).');
  await build({ configFile: resolve(import.meta.dirname, 'vite.bench.config.ts') });
  const app = await preview({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 4330 } });
  const naive = await preview({ configFile: resolve(import.meta.dirname, 'vite.bench.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 4331 } });
  const subjects: Subject[] = [
    {
      name: 'dashboard',
      url: app.resolvedUrls?.local[0] ?? '',
      toggles: '.filters fieldset:first-of-type input[type=checkbox]',
      ready: { chart: '[data-initiative-id]', map: '[data-cluster-id]' },
    },
    {
      name: 'naive (full redraw, circleMarkers recreated)',
      url: naive.resolvedUrls?.local[0] ?? '',
      toggles: '#controls input[type=checkbox]',
      ready: { chart: '#chart circle', map: '.leaflet-overlay-pane canvas' },
    },
  ];

  const browser = await launchChromium();
  const results = [];
  try {
    for (const subject of subjects) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      await context.addInitScript(`(() => {
        const check = () => {
          if (document.querySelector(${JSON.stringify(subject.ready.chart)}) && document.querySelector(${JSON.stringify(subject.ready.map)})) {
            window.__readyAt = performance.now();
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })();`);
      const page = await context.newPage();
      const loads: number[] = [];
      console.log(`measuring ${subject.name} at ${subject.url}…`);
      for (let i = 0; i < LOADS; i += 1) loads.push(await measureLoad(page, subject));
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
      const changes = await measureChanges(page, subject);
      const exports = subject.name === 'dashboard' ? await measureExports(page) : null;
      results.push({
        subject: subject.name,
        loadToInteractiveMs: { median: round(median(loads)), runs: loads.map(round) },
        filterChangeMs: { median: round(median(changes)), worst: round(Math.max(...changes)), runs: changes.map(round) },
        jsHeapMB: round(heap / 1e6),
        exportPng2xMs: exports ? { cold: round(exports.cold), median: round(median(exports.warm)), runs: exports.warm.map(round) } : null,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await naive.close();
  }

  const chromiumVersion = browser.version();
  const report = { date: new Date().toISOString(), chromium: chromiumVersion, dataset: 'study (31 initiatives, 32 clusters)', results };
  writeFileSync(resolve(import.meta.dirname, 'results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);

  const [dashboard, simple] = results;
  const ratio = (a?: number, b?: number) => (a && b ? `${round(b / a)}×` : '—');
  const table = [
    `Measured ${report.date.slice(0, 10)}, headless Chromium ${chromiumVersion}, 2 cores, study dataset (31 initiatives, 32 clusters), 1280 × 900.`,
    '',
    '| measure | dashboard | naive alternative | naive ÷ dashboard |',
    '|---|---|---|---|',
    `| load to interactive, median of ${LOADS} (ms) | ${dashboard?.loadToInteractiveMs.median} | ${simple?.loadToInteractiveMs.median} | ${ratio(dashboard?.loadToInteractiveMs.median, simple?.loadToInteractiveMs.median)} |`,
    `| filter change, work per frame, median of ${CHANGES} (ms) | ${dashboard?.filterChangeMs.median} | ${simple?.filterChangeMs.median} | ${ratio(dashboard?.filterChangeMs.median, simple?.filterChangeMs.median)} |`,
    `| filter change, worst of ${CHANGES} (ms) | ${dashboard?.filterChangeMs.worst} | ${simple?.filterChangeMs.worst} | ${ratio(dashboard?.filterChangeMs.worst, simple?.filterChangeMs.worst)} |`,
    `| JS heap after load (MB) | ${dashboard?.jsHeapMB} | ${simple?.jsHeapMB} | — |`,
    `| whole view as PNG at 2×, click to file, median of ${EXPORTS} (first: ${dashboard?.exportPng2xMs?.cold}) (ms) | ${dashboard?.exportPng2xMs?.median} | — (no export) | — |`,
  ].join('\n');
  console.log(`\n${table}\n`);

  const readmePath = resolve(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    const updated = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`);
    writeFileSync(readmePath, updated);
    console.log('README.md benchmark table updated.');
  }
}

await main();
