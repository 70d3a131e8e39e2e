/**
 * The measures `npm run bench` takes on one page, under a time budget so that
 * a pathological case (e.g. 100,000 circleMarkers recreated per change) ends
 * with fewer samples, flagged as truncated, rather than hanging the run.
 */
import { performance } from 'node:perf_hooks';
import type { CDPSession, Page } from 'playwright-core';
import { BENCH_SIGNAL, type BenchWindow, type ChangeSample } from './pageScript';
import type { Counts } from './sizes';

/** Samples of one measure; `truncated` when the budget ran out before `planned` samples. */
export interface Samples {
  readonly runs: number[];
  readonly planned: number;
  truncated: boolean;
  /** Changes whose result the next frame did not show yet (see ChangeSample). */
  deferred: number;
}

export const newSamples = (planned: number): Samples => ({ runs: [], planned, truncated: false, deferred: 0 });

export class BenchTimeout extends Error {}

/**
 * A subject's time: each phase gets its weight's share of what is left (so
 * time a phase does not use goes to the next ones), and no single operation
 * may run past the end plus a grace period.
 */
export class Budget {
  private readonly end: number;
  private readonly weights: number[];

  constructor(
    ms: number,
    phaseWeights: readonly number[],
    private readonly graceMs = 30_000,
  ) {
    this.end = performance.now() + ms;
    this.weights = [...phaseWeights];
  }

  /** Starts the next phase and returns its deadline (performance.now() time). */
  nextPhase(): number {
    const now = performance.now();
    const total = this.weights.reduce((sum, w) => sum + w, 0);
    const weight = this.weights.shift() ?? 1;
    return now + (Math.max(0, this.end - now) * weight) / Math.max(weight, total);
  }

  /** Rejects with BenchTimeout if `operation` outlasts the budget's hard end. */
  guard<T>(operation: Promise<T>): Promise<T> {
    const left = this.end + this.graceMs - performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BenchTimeout('still running at the end of the time budget')), Math.max(0, left));
    });
    return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
  }
}

type PageWindow = Window & BenchWindow;

/**
 * Navigation start to the first frame where both views show the expected data, and the longest main-thread task
 * before it (0: none of 50 ms or more), as recorded by pageScript. Nothing is evaluated in the page until it says
 * it is ready (a console message): polling with `waitForFunction` had Playwright set up its own script in the
 * page while it loaded, on the page's thread, which delayed both pages (A/B medians of 15 at the study's size:
 * the dashboard 284 → 234 ms, the simple page 148 → 133 ms).
 */
export async function measureLoad(page: Page, url: string, gotoTimeoutMs: number, budget: Budget): Promise<{ readyAt: number; longestTask: number }> {
  const said = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(BENCH_SIGNAL), timeout: gotoTimeoutMs });
  // Met below, unless the navigation fails first.
  said.catch(() => undefined);
  await budget.guard(page.goto(url, { timeout: gotoTimeoutMs, waitUntil: 'commit' }));
  await budget.guard(said);
  const outcome = await page.evaluate(() => {
    const w = window as unknown as PageWindow;
    return { error: w.__benchError, readyAt: w.__readyAt, longestTask: w.__longestLoadTask };
  });
  if (outcome.readyAt === undefined) throw new Error(`the page failed: ${(outcome.error ?? 'unknown error').replace(/\s+/g, ' ').trim()}`);
  return { readyAt: outcome.readyAt, longestTask: outcome.longestTask ?? 0 };
}

/** Loads the page until `into` is full (or the phase's time is up); `longestTasks` gets each load's longest task. */
export async function measureLoads(page: Page, url: string, gotoTimeoutMs: number, budget: Budget, into: Samples, longestTasks: Samples): Promise<void> {
  const deadline = budget.nextPhase();
  while (into.runs.length < into.planned) {
    if (into.runs.length > 0 && performance.now() > deadline) {
      into.truncated = true;
      return;
    }
    const { readyAt, longestTask } = await measureLoad(page, url, gotoTimeoutMs, budget);
    into.runs.push(readyAt);
    longestTasks.runs.push(longestTask);
  }
}

/** Records `take(step)` samples (null: not counted) until `into` is full or the phase's deadline has passed. */
async function sampleSteps(budget: Budget, into: Samples, take: (step: number) => Promise<ChangeSample | null>): Promise<void> {
  const deadline = budget.nextPhase();
  for (let step = 0; into.runs.length < into.planned; step += 1) {
    if (performance.now() > deadline) {
      into.truncated = true;
      return;
    }
    const sample = await take(step);
    if (sample === null) continue;
    into.runs.push(sample.work);
    if (sample.deferred) into.deferred += 1;
  }
}

/** One domain (or other) checkbox clicked per change, walking over the toggles so that filters go on and off. */
export function measureChanges(page: Page, toggles: string, warmup: number, budget: Budget, into: Samples): Promise<void> {
  return sampleSteps(budget, into, async (step) => {
    const k = Math.floor(step / 2) * 5 + (step % 2);
    const sample = await budget.guard(
      page.evaluate(([selector, index]) => (window as unknown as PageWindow).__bench.toggle(selector, index), [toggles, k] as const),
    );
    return step < warmup ? null : sample;
  });
}

/** The query's prefixes one keystroke at a time ("c", "cl", …), then the box cleared (not counted), over again. */
export function keystrokes(query: string, step: number): string {
  const position = step % (query.length + 1);
  return position === query.length ? '' : query.slice(0, position + 1);
}

export interface SearchPlan {
  /** The search box. */
  readonly search: string;
  readonly query: string;
  readonly countsFor: (query: string) => Counts;
  readonly warmup: number;
}

/** Keystrokes in the search box, each measured up to the frame that shows its counts; leaves the box empty. */
export async function measureSearch(page: Page, plan: SearchPlan, budget: Budget, into: Samples): Promise<void> {
  const { search, query, countsFor } = plan;
  const type = (value: string) =>
    budget.guard(
      page.evaluate(
        ([selector, typed, expected]) => (window as unknown as PageWindow).__bench.type(selector, typed, expected),
        [search, value, countsFor(value)] as const,
      ),
    );
  let typed = 0;
  await sampleSteps(budget, into, async (step) => {
    const value = keystrokes(query, step);
    const sample = await type(value);
    if (value === '') return null;
    typed += 1;
    return typed > plan.warmup ? sample : null;
  });
  await type('');
}

/** Whole view as PNG at 2× (the menu's defaults), click to download; returns the first (cold) run, which loads the export code and the font. */
export async function measureExports(page: Page, budget: Budget, into: Samples): Promise<number> {
  const deadline = budget.nextPhase();
  await page.getByRole('button', { name: /^Exporter/ }).click();
  const once = async () => {
    const t0 = performance.now();
    const download = page.waitForEvent('download', { timeout: Math.max(10_000, deadline - t0) });
    await page.getByRole('button', { name: 'Image PNG' }).click();
    await budget.guard(download);
    return performance.now() - t0;
  };
  const cold = await once();
  while (into.runs.length < into.planned) {
    if (performance.now() > deadline) {
      into.truncated = true;
      break;
    }
    into.runs.push(await once());
  }
  return cold;
}

/** Polls the page's used JS heap through CDP (every ~100 ms, across navigations) and keeps the peak. */
export class HeapSampler {
  private peak = 0;
  private running = true;
  private readonly loop: Promise<void>;

  private constructor(private readonly session: CDPSession) {
    this.loop = this.poll();
  }

  static async start(page: Page): Promise<HeapSampler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    return new HeapSampler(session);
  }

  private async poll(): Promise<void> {
    while (this.running) {
      try {
        const { metrics } = await this.session.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        this.peak = Math.max(this.peak, used);
      } catch {
        // Between two documents, or the page is closing: the next poll will do.
      }
      await new Promise((wake) => setTimeout(wake, 100));
    }
  }

  /** Stops polling; the peak in bytes. */
  async stop(): Promise<number> {
    this.running = false;
    // A renderer stuck in a long task would hold the last poll: do not wait for it.
    await Promise.race([this.loop, new Promise((wake) => setTimeout(wake, 1000))]);
    await this.session.detach().catch(() => undefined);
    return this.peak;
  }
}
