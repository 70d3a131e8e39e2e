/**
 * A second opinion on load speed: Lighthouse 12.2.3 (pinned: 13 needs Node 22),
 * desktop preset, performance only, on the study's page of the dashboard and
 * of the naive page, run alternately so that both see the same machine.
 * Lighthouse simulates a throttled network and CPU from a trace (its "Lantern"
 * model), so its times are not the bench's; its score and total blocking time
 * compare the two pages.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from '../helpers/browser';
import { median } from './report';

export interface LighthouseSubject {
  readonly name: 'dashboard' | 'naive';
  readonly url: string;
}

export interface LighthouseScore {
  readonly subject: 'dashboard' | 'naive';
  /** 0–100, median of the runs. */
  readonly performance: number;
  readonly totalBlockingTimeMs: number;
  readonly largestContentfulPaintMs: number;
  readonly runs: readonly number[];
}

export interface LighthouseResult {
  readonly date: string;
  readonly version: string;
  readonly preset: 'desktop';
  readonly scores: readonly LighthouseScore[];
  readonly errors: readonly string[];
}

const RUNS = 3;

export async function measureLighthouse(subjects: readonly LighthouseSubject[]): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--disable-gpu', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  const samples = new Map(subjects.map((s) => [s.name, [] as { score: number; tbt: number; lcp: number }[]]));
  const errors: string[] = [];
  let version = 'unknown';
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const subject of subjects) {
        try {
          const result = await lighthouse(subject.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
          if (!result) throw new Error('no result');
          const { lhr } = result;
          version = lhr.lighthouseVersion;
          if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
          samples.get(subject.name)?.push({
            score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
            lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          });
        } catch (error) {
          errors.push(`${subject.name}, run ${run + 1}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  const scores = subjects.flatMap((subject): LighthouseScore[] => {
    const runs = samples.get(subject.name) ?? [];
    if (runs.length === 0) return [];
    return [
      {
        subject: subject.name,
        performance: median(runs.map((r) => r.score)),
        totalBlockingTimeMs: Math.round(median(runs.map((r) => r.tbt))),
        largestContentfulPaintMs: Math.round(median(runs.map((r) => r.lcp))),
        runs: runs.map((r) => r.score),
      },
    ];
  });
  return { date: new Date().toISOString(), version, preset: 'desktop', scores, errors };
}
