/**
 * `npm run bench`: measures the built dashboard in headless Chromium, beside the
 * simplest competent alternative (tests/bench/naive: same data, filtering and
 * layout code, but a full SVG redraw and every Leaflet circleMarker recreated on
 * each change), in the same run, at four sizes: the study (the app's default
 * dataset) and synthetic networks of 1,000, 10,000 and 100,000 clusters
 * (generateNetwork, seed 42), served to both pages at a same-origin
 * `?data=/bench-data/…` address by a Playwright route. Per size and page:
 *
 * - load to interactive: navigation start to the first frame where the chart's
 *   marks, the map's markers and the counts of that dataset are all shown;
 * - filter change: main-thread work of one checkbox click, from the click to the
 *   end of the frame that shows it (see pageScript.ts); median and worst;
 * - search keystroke to results: the same for one character typed in the
 *   search box, up to the frame that shows the new counts;
 * - whole view as PNG at 2×, click to downloaded file (dashboard only);
 * - peak JS heap during all of the above (CDP Performance.getMetrics);
 * - and once, the initial JavaScript (entry and preloaded chunks, gzipped);
 * - endurance (endurance.ts, dashboard only): the heap after a forced garbage
 *   collection, before and after 1,000 filter toggles and 20 import/reset
 *   cycles of the 1,000-cluster network.
 *
 * Each page gets a time budget per size, so a pathological case ends with
 * fewer runs (said in the results) instead of hanging. Writes
 * tests/bench/results/latest.json, prints the Markdown tables, and puts them in
 * README.md: the timings when all four sizes ran, the endurance figures
 * whenever they ran (`--only endurance` runs them alone, and keeps the
 * timings already in latest.json). Options: see cli.ts.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium } from '../helpers/browser';
import { parseOptions, type BenchOptions } from './cli';
import { measureAdvice } from './advice';
import { measureEndurance, type EnduranceNetwork } from './endurance';
import { measureLighthouse, type LighthouseResult } from './lighthouse';
import { Budget, BenchTimeout, HeapSampler, measureChanges, measureExports, measureLoads, measureSearch, newSamples, type Samples } from './measures';
import { pageScript } from './pageScript';
import {
  adviceTable,
  lighthouseTable,
  type AdviceResult,
  enduranceTable,
  markdownTable,
  summarize,
  toMB,
  updateReadme,
  writeReport,
  type EnduranceResult,
  type Report,
  type SizeResult,
  type SubjectName,
  type SubjectResult,
} from './report';
import { benchData, SIZE_KEYS, SIZES, type BenchData, type BenchSize } from './sizes';

const root = resolve(import.meta.dirname, '../..');
const benchConfig = resolve(import.meta.dirname, 'vite.bench.config.ts');
const VIEWPORT = { width: 1280, height: 900 } as const;
const WARM_EXPORTS = 3;

interface Subject {
  readonly name: SubjectName;
  readonly description: string;
  readonly baseUrl: string;
  /** Checkboxes whose clicks change the filters. */
  readonly toggles: string;
  readonly search: string;
  /** Text "<n> initiatives · <n> clusters". */
  readonly counts: string;
  /** Present once each view is drawn. */
  readonly ready: { readonly chart: string; readonly map: string };
  /** Present when the page could not show the dataset. */
  readonly failure: string | null;
  readonly exports: boolean;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

async function serve(configFile: string, outDir: string): Promise<PreviewServer> {
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`No build in ${outDir} (npm run bench builds the app first).`);
  return preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
}

const urlOf = (server: PreviewServer) => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not say its address');
  return url;
};

async function startSubjects(options: BenchOptions): Promise<{ subjects: Subject[]; close(): Promise<void> }> {
  const naiveDist = options.naiveDist ?? resolve(import.meta.dirname, 'dist-naive');
  if (!options.naiveDist) await build({ configFile: benchConfig, logLevel: 'warn' });
  const app = await serve(resolve(root, 'vite.config.ts'), options.appDist);
  const naive = await serve(benchConfig, naiveDist);
  const subjects: Subject[] = [
    {
      name: 'dashboard',
      description: 'the dashboard',
      baseUrl: urlOf(app),
      toggles: '.filters fieldset:first-of-type input[type=checkbox]',
      search: '.filters input[type=search]',
      counts: '[data-testid="counts"]',
      // Per-mark elements, or the bulk marks and the grouped canvas map drawn for large datasets.
      ready: { chart: '[data-initiative-id], .marks-bulk', map: '[data-cluster-id], canvas.hq-groups' },
      failure: '.notice--import-failed, .page-status--error',
      exports: true,
    },
    {
      name: 'naive',
      description: 'naive alternative (full SVG redraw, circleMarkers recreated)',
      baseUrl: urlOf(naive),
      toggles: '#controls input[type=checkbox]',
      search: '#controls input[type=search]',
      counts: '#counts',
      ready: { chart: '#chart circle', map: '.leaflet-overlay-pane canvas' },
      failure: null,
      exports: false,
    },
  ];
  return { subjects, close: async () => void (await Promise.all([app.close(), naive.close()])) };
}

/** Runs one phase into `samples`; false when the subject must stop (its data never loaded, or its time is up). */
async function phase(result: SubjectResult, name: string, samples: Samples, fatal: boolean, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    if (samples.runs.length === 0 && samples.truncated) result.errors.push(`${name}: no time left in the budget`);
    return true;
  } catch (error) {
    result.errors.push(`${name}: ${message(error)}`);
    return !(fatal || error instanceof BenchTimeout);
  }
}

async function runMeasures(page: Page, subject: Subject, size: BenchSize, data: BenchData, result: SubjectResult): Promise<void> {
  // Loads, search, filter changes (and exports): loads weigh most, since a page that never loads measures nothing.
  const budget = new Budget(size.budgetMs, subject.exports ? [2, 1, 1, 0.5] : [2, 1, 1]);
  const url = data.path ? `${subject.baseUrl}?data=${data.path}` : subject.baseUrl;
  const loads = newSamples(size.loads);
  const longestTasks = newSamples(size.loads);
  const loaded = await phase(result, 'load', loads, true, () => measureLoads(page, url, size.gotoTimeoutMs, budget, loads, longestTasks));
  result.loadToInteractiveMs = summarize(loads);
  result.longestLoadTaskMs = summarize(longestTasks);
  if (!loaded) return;

  // Search first: it needs the filters as loaded, and ends with the box cleared.
  const keystrokes = newSamples(size.keystrokes.count);
  const plan = { search: subject.search, query: size.query, countsFor: data.countsFor, warmup: size.keystrokes.warmup };
  const searched = await phase(result, 'search', keystrokes, false, () => measureSearch(page, plan, budget, keystrokes));
  const searchSeries = summarize(keystrokes);
  result.searchKeystrokeMs = searchSeries && { ...searchSeries, query: size.query };
  if (!searched) return;

  const changes = newSamples(size.changes.count);
  const changed = await phase(result, 'filter change', changes, false, () => measureChanges(page, subject.toggles, size.changes.warmup, budget, changes));
  result.filterChangeMs = summarize(changes);
  if (!changed || !subject.exports) return;

  const exports = newSamples(WARM_EXPORTS);
  let cold: number | null = null;
  await phase(result, 'PNG export', exports, false, async () => (cold = await measureExports(page, budget, exports)));
  const exportSeries = summarize(exports);
  result.exportPng2xMs = exportSeries && cold !== null ? { ...exportSeries, cold: Math.round(cold * 10) / 10 } : null;
}

async function openContext(browser: Browser, subject: Subject, data: BenchData): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const { path, body } = data;
  if (path && body) {
    await context.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  await context.addInitScript(pageScript({ ...subject.ready, counts: subject.counts, expected: data.countsFor(''), failure: subject.failure }));
  return context;
}

async function measureSubject(browser: Browser, subject: Subject, size: BenchSize, data: BenchData): Promise<SubjectResult> {
  const result: SubjectResult = {
    subject: subject.name,
    description: subject.description,
    loadToInteractiveMs: null,
    longestLoadTaskMs: null,
    searchKeystrokeMs: null,
    filterChangeMs: null,
    exportPng2xMs: null,
    peakJsHeapMB: null,
    errors: [],
    durationS: 0,
  };
  const started = performance.now();
  const context = await openContext(browser, subject, data);
  try {
    const page = await context.newPage();
    const heap = await HeapSampler.start(page);
    try {
      await runMeasures(page, subject, size, data, result);
    } finally {
      const peak = await heap.stop();
      result.peakJsHeapMB = peak > 0 ? toMB(peak) : null;
    }
  } finally {
    // Frees the page's memory before the next subject.
    await context.close();
  }
  result.durationS = Math.round((performance.now() - started) / 100) / 10;
  return result;
}

async function measureSize(browser: Browser, subjects: readonly Subject[], size: BenchSize): Promise<SizeResult> {
  const data = benchData(size);
  const [initiatives, clusters] = data.countsFor('');
  const result: SizeResult = {
    size: size.key,
    label: size.label,
    clusters,
    initiatives,
    seed: size.network?.seed ?? null,
    dataPath: data.path,
    planned: { loads: size.loads, filterChanges: size.changes.count, keystrokes: size.keystrokes.count, warmExports: WARM_EXPORTS },
    subjects: [],
  };
  for (const subject of subjects) {
    console.log(`${size.label}: measuring ${subject.description}…`);
    const measured = await measureSubject(browser, subject, size, data);
    for (const error of measured.errors) console.log(`  ${error}`);
    console.log(`  done in ${measured.durationS} s`);
    result.subjects.push(measured);
  }
  return result;
}

/** The JavaScript the first screen downloads: the entry script and what index.html preloads, gzipped (the basemap, the export code and the large-network views load later). */
function initialJsGzipKB(dist: string): number {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(resolve(dist, file))).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

/** The 1,000-cluster network of the timings, as a file to import. */
function enduranceNetwork(): EnduranceNetwork {
  const size = SIZES.find((s) => s.key === 1000);
  const { path, body } = size ? benchData(size) : { path: null, body: null };
  if (!size?.network || !path || !body) throw new Error('no 1,000-cluster network to import');
  return { name: basename(path), body, ...size.network };
}

async function runEndurance(options: BenchOptions): Promise<EnduranceResult> {
  const app = await serve(resolve(root, 'vite.config.ts'), options.appDist);
  const browser = await launchChromium();
  try {
    console.log('endurance: 1,000 filter toggles, then 20 import/reset cycles…');
    return await measureEndurance(browser, urlOf(app), enduranceNetwork());
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Advice is measured on the study and on the 10,000-cluster network (issue #16's size). */
const ADVICE_SIZES = [15, 10000] as const;

async function runAdvice(options: BenchOptions): Promise<AdviceResult> {
  const app = await serve(resolve(root, 'vite.config.ts'), options.appDist);
  const browser = await launchChromium();
  try {
    return await measureAdvice(browser, urlOf(app), SIZES.filter((s) => (ADVICE_SIZES as readonly number[]).includes(s.key)));
  } finally {
    await browser.close();
    await app.close();
  }
}

async function runLighthouse(options: BenchOptions): Promise<LighthouseResult> {
  const { subjects, close } = await startSubjects(options);
  try {
    console.log('lighthouse: the study, dashboard and naive page, three runs each…');
    return await measureLighthouse(subjects.map((subject) => ({ name: subject.name, url: subject.baseUrl })));
  } finally {
    await close();
  }
}

async function runTimings(options: BenchOptions): Promise<{ chromium: string; sizes: SizeResult[] }> {
  const { subjects, close } = await startSubjects(options);
  const browser = await launchChromium();
  const chromium = browser.version();
  const sizes: SizeResult[] = [];
  try {
    for (const size of SIZES.filter((s) => options.sizes.includes(s.key))) sizes.push(await measureSize(browser, subjects, size));
  } finally {
    await browser.close();
    await close();
  }
  return { chromium, sizes };
}

/** The last full report, so that an endurance-only run keeps the timings it did not take. */
function previousReport(file: string): Report | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : null;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), root);
  const resultsFile = resolve(import.meta.dirname, 'results/latest.json');
  const timings = options.only === null || options.only === 'timing' ? await runTimings(options) : null;
  const endurance = options.only === null || options.only === 'endurance' ? await runEndurance(options) : null;
  const advice = options.only === null || options.only === 'advice' ? await runAdvice(options) : null;
  const lighthouseResult = options.only === null || options.only === 'lighthouse' ? await runLighthouse(options) : null;
  const previous = previousReport(resultsFile);

  const report: Report =
    timings === null && previous
      ? {
          ...previous,
          endurance: endurance ?? previous.endurance ?? null,
          advice: advice ?? previous.advice ?? null,
          lighthouse: lighthouseResult ?? previous.lighthouse ?? null,
        }
      : {
          date: new Date().toISOString(),
          initialJsGzipKB: initialJsGzipKB(options.appDist),
          machine: { chromium: timings?.chromium ?? endurance?.chromium ?? 'unknown', cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: `${platform()} ${release()}`, node: process.version },
          viewport: VIEWPORT,
          sizes: timings?.sizes ?? [],
          endurance: endurance ?? previous?.endurance ?? null,
          advice: advice ?? previous?.advice ?? null,
          lighthouse: lighthouseResult ?? previous?.lighthouse ?? null,
        };
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeReport(resultsFile, report);
  const readme = resolve(root, 'README.md');
  if (timings) {
    const table = markdownTable(report);
    console.log(`\n${table}\n`);
    if (options.sizes.length < SIZE_KEYS.length) console.log('A subset of the sizes ran: README.md timings left as they are.');
    else if (updateReadme(readme, table)) console.log('README.md benchmark table updated.');
  }
  if (lighthouseResult) {
    const table = lighthouseTable(lighthouseResult, report.machine);
    console.log(`\n${table}\n`);
    if (updateReadme(readme, table, 'lighthouse')) console.log('README.md Lighthouse table updated.');
  }
  if (advice) {
    const table = adviceTable(advice);
    console.log(`\n${table}\n`);
    if (updateReadme(readme, table, 'advice')) console.log('README.md advice table updated.');
  }
  if (endurance) {
    const table = enduranceTable(endurance);
    console.log(`\n${table}\n`);
    if (updateReadme(readme, table, 'endurance')) console.log('README.md endurance table updated.');
  }
}

await main();
