/**
 * What `npm run bench` writes: tests/bench/results/latest.json (every run) and
 * a Markdown table (medians, worst, ratios) for README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { LighthouseResult } from './lighthouse';
import type { Samples } from './measures';
import type { SizeKey } from './sizes';

export type SubjectName = 'dashboard' | 'naive';

export interface Series {
  readonly median: number;
  readonly worst: number;
  readonly count: number;
  readonly planned: number;
  readonly truncated: boolean;
  /** Results the next frame did not show yet (their value is then the wall time to the frame that did). */
  readonly deferred: number;
  readonly runs: readonly number[];
}

export interface SubjectResult {
  readonly subject: SubjectName;
  readonly description: string;
  loadToInteractiveMs: Series | null;
  /** The longest main-thread task of each load, before both views show (0: none of 50 ms or more; older results lack it). */
  longestLoadTaskMs?: Series | null;
  searchKeystrokeMs: (Series & { readonly query: string }) | null;
  filterChangeMs: Series | null;
  exportPng2xMs: (Series & { readonly cold: number }) | null;
  peakJsHeapMB: number | null;
  readonly errors: string[];
  durationS: number;
}

export interface SizeResult {
  readonly size: SizeKey;
  readonly label: string;
  readonly clusters: number;
  readonly initiatives: number;
  readonly seed: number | null;
  readonly dataPath: string | null;
  /** Runs planned per measure (fewer when a page's time budget ran out: see Series.truncated). */
  readonly planned: { readonly loads: number; readonly filterChanges: number; readonly keystrokes: number; readonly warmExports: number };
  readonly subjects: SubjectResult[];
}

/** JS heap in use after a forced garbage collection, before `steps` repetitions of one use, after them, and after as many again. */
export interface HeapGrowth {
  readonly steps: number;
  readonly beforeMB: number;
  readonly afterMB: number;
  readonly afterTwiceMB: number;
}

/** Whether the dashboard gives memory back over long use. */
export interface EnduranceResult {
  readonly date: string;
  readonly chromium: string;
  filterToggles: HeapGrowth | null;
  importResets: (HeapGrowth & { readonly clusters: number; readonly initiatives: number; readonly seed: number }) | null;
  readonly errors: string[];
}

/** Advice at one size (see advice.ts): main-thread work, click to the frame that shows the answer. */
export interface AdviceSizeResult {
  readonly size: number;
  readonly label: string;
  readonly clusters: number;
  readonly initiatives: number;
  readonly profileWithSuggestionsMs: Series | null;
  readonly matrixOpenMs: Series | null;
  /** Rows the unfolded matrix draws (it aggregates or pages rather than drawing every cluster). */
  readonly matrixRows: number | null;
  readonly filterChangeWithMatrixMs: Series | null;
  readonly errors: readonly string[];
  readonly durationS: number;
}

export interface AdviceResult {
  readonly date: string;
  readonly chromium: string;
  readonly sizes: readonly AdviceSizeResult[];
}

export interface Report {
  readonly date: string;
  readonly initialJsGzipKB: number;
  readonly machine: { readonly chromium: string; readonly cores: number; readonly cpu: string; readonly platform: string; readonly node: string };
  readonly viewport: { readonly width: number; readonly height: number };
  readonly sizes: SizeResult[];
  /** Absent from reports written before endurance was measured. */
  readonly endurance?: EnduranceResult | null;
  /** Absent from reports written before advice was measured. */
  readonly advice?: AdviceResult | null;
  readonly lighthouse?: LighthouseResult | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Rounded to 0.1 ms; null when there is no sample. */
export function summarize(samples: Samples): Series | null {
  if (samples.runs.length === 0) return null;
  return {
    median: round1(median(samples.runs)),
    worst: round1(Math.max(...samples.runs)),
    count: samples.runs.length,
    planned: samples.planned,
    truncated: samples.truncated,
    deferred: samples.deferred,
    runs: samples.runs.map(round1),
  };
}

export const toMB = (bytes: number) => round1(bytes / 1e6);

export function writeReport(file: string, report: Report): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

// ---- Markdown ----

const TARGETS = 'Targets: filter change ≤ 16.7 ms up to 10,000 clusters, ≤ 50 ms at 100,000; study load < 1 s; initial JavaScript < 200 KB gzip.';
const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

interface Row {
  readonly measure: string;
  readonly value: (subject: SubjectResult) => number | null | undefined;
  /** The series behind the value, to flag truncated or deferred runs. */
  readonly series?: (subject: SubjectResult) => Series | null;
  /** The naive page has no such feature. */
  readonly dashboardOnly?: boolean;
}

function rowsFor(size: SizeResult): Row[] {
  const { planned } = size;
  const load = (s: SubjectResult) => s.loadToInteractiveMs;
  const change = (s: SubjectResult) => s.filterChangeMs;
  const search = (s: SubjectResult) => s.searchKeystrokeMs;
  const png = (s: SubjectResult) => s.exportPng2xMs;
  const cold = size.subjects.find((s) => s.exportPng2xMs)?.exportPng2xMs?.cold;
  return [
    { measure: `load to interactive, median of ${planned.loads} (ms)`, value: (s) => load(s)?.median, series: load },
    {
      measure: `longest main-thread task during load, median of ${planned.loads} (ms; 0: none of 50 ms or more)`,
      value: (s) => s.longestLoadTaskMs?.median,
      series: (s) => s.longestLoadTaskMs ?? null,
    },
    { measure: `filter change, work per frame, median of ${planned.filterChanges} (ms)`, value: (s) => change(s)?.median, series: change },
    { measure: `filter change, worst of ${planned.filterChanges} (ms)`, value: (s) => change(s)?.worst, series: change },
    { measure: `search keystroke to results, median of ${planned.keystrokes} (ms)`, value: (s) => search(s)?.median, series: search },
    {
      measure: `whole view as PNG at 2×, click to file, median of ${planned.warmExports}${cold === undefined ? '' : ` (first: ${number(cold)})`} (ms)`,
      value: (s) => png(s)?.median,
      series: png,
      dashboardOnly: true,
    },
    { measure: 'peak JS heap (MB)', value: (s) => s.peakJsHeapMB },
  ];
}

function cell(subject: SubjectResult | undefined, row: Row): string {
  if (!subject) return '—';
  const value = row.value(subject);
  if (value === null || value === undefined) {
    if (subject.subject === 'naive' && row.dashboardOnly) return '— (no export)';
    return subject.errors.length > 0 ? 'not measured' : '—';
  }
  const series = row.series?.(subject);
  const marks = [series?.truncated ? `${series.count} of ${series.planned} runs` : '', series?.deferred ? `${series.deferred} deferred` : ''].filter(Boolean);
  return marks.length > 0 ? `${number(value)} (${marks.join(', ')})` : number(value);
}

function ratio(dashboard: number | null | undefined, naive: number | null | undefined): string {
  if (!dashboard || !naive) return '—';
  const r = naive / dashboard;
  return `${r < 1 ? r.toFixed(2) : r < 100 ? r.toFixed(1) : r.toFixed(0)}×`;
}

function searchQueries(report: Report): string {
  const queries = new Set<string>();
  for (const size of report.sizes) {
    const query = size.subjects.find((s) => s.searchKeystrokeMs)?.searchKeystrokeMs?.query;
    if (query) queries.add(`“${query}” in ${size.seed === null ? 'the study' : 'the networks'}`);
  }
  return [...queries].join(', ') || 'not measured';
}

export function markdownTable(report: Report): string {
  const { machine, viewport } = report;
  const lines = [
    `Measured ${report.date.slice(0, 10)}, headless Chromium ${machine.chromium}, ${machine.cores} cores, ${viewport.width} × ${viewport.height}; ` +
      'synthetic networks from `generateNetwork(clusters, initiatives, 42)` (200 initiatives at 1,000 clusters, 2,000 at 10,000 and 100,000).',
    `Search: ${searchQueries(report)}, typed one character at a time; filter change: one domain checkbox.`,
    '',
    TARGETS,
    `Initial JavaScript (entry and preloaded chunks, gzip): ${number(report.initialJsGzipKB)} KB.`,
    '',
    '| size | measure | dashboard | naive | naive ÷ dashboard |',
    '|---|---|---|---|---|',
  ];
  const notes: string[] = [];
  for (const size of report.sizes) {
    const dashboard = size.subjects.find((s) => s.subject === 'dashboard');
    const naive = size.subjects.find((s) => s.subject === 'naive');
    rowsFor(size).forEach((row, i) => {
      const label = i === 0 ? size.label : '';
      lines.push(`| ${label} | ${row.measure} | ${cell(dashboard, row)} | ${cell(naive, row)} | ${ratio(dashboard && row.value(dashboard), naive && row.value(naive))} |`);
    });
    for (const subject of size.subjects) for (const error of subject.errors) notes.push(`- ${size.label}, ${subject.subject}: ${error}`);
  }
  if (report.sizes.some((size) => size.subjects.some((s) => [s.loadToInteractiveMs, s.filterChangeMs, s.searchKeystrokeMs, s.exportPng2xMs].some((x) => x?.deferred)))) {
    notes.unshift('- "deferred": results the next frame did not show yet; those count the wall time to the frame that did.');
  }
  return notes.length > 0 ? [...lines, '', ...notes].join('\n') : lines.join('\n');
}

// ---- Endurance ----

function change(from: number, to: number): string {
  const delta = to - from;
  const sign = delta >= 0 ? '+' : '−';
  return `${sign}${number(Math.abs(round1(delta)))} MB, ${sign}${Math.round(Math.abs(delta / from) * 100)} %`;
}

function enduranceRow(what: string, heap: HeapGrowth): string {
  return `| ${what} | ${number(heap.beforeMB)} | ${number(heap.afterMB)} (${change(heap.beforeMB, heap.afterMB)}) | ${number(heap.afterTwiceMB)} (${change(heap.afterMB, heap.afterTwiceMB)}) |`;
}

export function enduranceTable(result: EnduranceResult): string {
  const lines = [
    `Endurance, measured ${result.date.slice(0, 10)} (headless Chromium ${result.chromium}): the page's JS heap in use after a forced ` +
      'garbage collection (CDP `HeapProfiler.collectGarbage`), before N repetitions of a use, after them, and after N more. ' +
      'Growth in the first round can be caches and compiled code meant to stay; growth in the second is what each round keeps.',
    '',
    '| use, N times | JS heap before (MB) | after N (MB) | after 2 N (MB, change over the second N) |',
    '|---|---|---|---|',
  ];
  const { filterToggles: toggles, importResets: imports } = result;
  if (toggles) lines.push(enduranceRow(`${number(toggles.steps)} filter toggles (the study)`, toggles));
  if (imports) lines.push(enduranceRow(`${number(imports.steps)} imports of a ${number(imports.clusters)}-cluster network, each followed by a return to the study`, imports));
  return [...lines, ...result.errors.map((error) => `- not measured: ${error}`)].join('\n');
}

/** Advice at scale as a Markdown table: one column per size. */
export function adviceTable(result: AdviceResult): string {
  const cell = (series: Series | null) => (series ? `${number(series.median)} (worst ${number(series.worst)}, ${series.count} runs)` : '—');
  const lines = [
    `Advice, measured ${result.date.slice(0, 10)} (headless Chromium ${result.chromium}): main-thread work from the click to the end of the frame ` +
      'that shows the answer (median, ms). Target: a profile with its suggestions under 50 ms at 10,000 clusters; the matrix aggregates or pages ' +
      'rather than drawing every cluster.',
    '',
    `| measure | ${result.sizes.map((size) => size.label).join(' | ')} |`,
    `|---|${result.sizes.map(() => '---').join('|')}|`,
    `| a cluster's profile with « Ce que font des clusters comparables » | ${result.sizes.map((size) => cell(size.profileWithSuggestionsMs)).join(' | ')} |`,
    `| the coverage matrix unfolded | ${result.sizes.map((size) => cell(size.matrixOpenMs)).join(' | ')} |`,
    `| rows the matrix draws | ${result.sizes.map((size) => (size.matrixRows === null ? '—' : number(size.matrixRows))).join(' | ')} |`,
    `| a domain toggle with the matrix open | ${result.sizes.map((size) => cell(size.filterChangeWithMatrixMs)).join(' | ')} |`,
  ];
  const errors = result.sizes.flatMap((size) => size.errors.map((error) => `- ${size.label}: not measured: ${error}`));
  return [...lines, ...errors].join('\n');
}

/** Lighthouse's second opinion as a Markdown table: the dashboard beside the naive page. */
export function lighthouseTable(result: LighthouseResult, machine: Report['machine']): string {
  const lines = [
    `Lighthouse ${result.version} (${result.preset} preset, performance only), ${result.date.slice(0, 10)}, on the study's page, three runs each ` +
      `alternating the two pages, median shown; headless Chromium ${machine.chromium}, ${machine.cores} cores (${machine.cpu}). Its times come ` +
      'from a simulated throttled machine, not this one.',
    '',
    '| page | performance score | total blocking time (ms) | largest contentful paint (ms) | scores of the runs |',
    '|---|---|---|---|---|',
    ...result.scores.map((s) => `| ${s.subject} | ${s.performance} | ${number(s.totalBlockingTimeMs)} | ${number(s.largestContentfulPaintMs)} | ${s.runs.join(', ')} |`),
  ];
  return [...lines, ...result.errors.map((error) => `- not measured: ${error}`)].join('\n');
}

/** The README's sections the bench writes, each between its markers. */
export type ReadmeSection = 'bench' | 'endurance' | 'advice' | 'lighthouse';

/** Replaces the section between its markers; false when README.md has no such markers. */
export function updateReadme(readmePath: string, table: string, section: ReadmeSection = 'bench'): boolean {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const readme = readFileSync(readmePath, 'utf8');
  if (!readme.includes(start) || !readme.includes(end)) return false;
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => `${start}\n${table}\n${end}`));
  return true;
}
