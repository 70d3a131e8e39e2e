/**
 * Advice at scale (issue #16): what the reader waits for when asking the
 * dashboard for advice, on the study and on a network of 10,000 clusters and
 * 2,000 initiatives. Main-thread work from the click to the end of the frame
 * that shows the answer, measured as the bench's other changes are
 * (pageScript.ts), medians over repeated runs:
 *
 * - a cluster's profile with « Ce que font des clusters comparables » (chosen
 *   from the clusters table, one after another);
 * - the coverage matrix unfolded (by cluster for the study, by region for the
 *   network: above 200 clusters it opens aggregated) and how many rows it draws;
 * - a domain toggle while the matrix is open.
 */
import type { Browser, Page } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import type { BenchWindow, ChangeSample } from './pageScript';
import { pageScript } from './pageScript';
import { summarize, type AdviceResult, type AdviceSizeResult } from './report';
import { newSamples, type Samples } from './measures';
import { benchData, type BenchSize } from './sizes';

const VIEWPORT = { width: 1280, height: 900 } as const;
const PROFILES = { warmup: 2, count: 15 };
const MATRIX_OPENINGS = { warmup: 1, count: 7 };
const TOGGLES = { warmup: 4, count: 20 };

type PageWindow = Window & BenchWindow;

async function take(into: Samples, warmup: number, sample: (step: number) => Promise<ChangeSample>): Promise<void> {
  for (let step = 0; into.runs.length < into.planned; step += 1) {
    const measured = await sample(step);
    if (step < warmup) continue;
    into.runs.push(measured.work);
    if (measured.deferred) into.deferred += 1;
  }
}

async function openPage(browser: Browser, baseUrl: string, size: BenchSize) {
  const data = benchData(size);
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (data.path && data.body) {
    const { path, body } = data;
    await context.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  const ready = { chart: '[data-initiative-id], .marks-bulk', map: '[data-cluster-id], canvas.hq-groups' };
  await context.addInitScript(pageScript({ ...ready, counts: '[data-testid="counts"]', expected: data.countsFor(''), failure: '.notice--import-failed, .page-status--error' }));
  const page = await context.newPage();
  await page.goto(data.path ? `${baseUrl}?data=${data.path}` : baseUrl, { timeout: size.gotoTimeoutMs });
  await page.waitForFunction(() => (window as unknown as PageWindow).__readyAt !== undefined, undefined, { timeout: size.gotoTimeoutMs });
  return { page, close: () => context.close() };
}

/** One profile after another, chosen in the clusters table, each up to the frame that shows its suggestions. */
async function measureProfiles(page: Page, into: Samples): Promise<void> {
  await page.locator('.data-tables details').nth(1).locator('summary').click();
  const buttons = '[data-testid="clusters-table"] tbody th button';
  await page.locator(buttons).first().waitFor();
  await take(into, PROFILES.warmup, (step) =>
    page.evaluate(
      ([selector, k]) => (window as unknown as PageWindow).__bench.clickUntil(selector, k, 'profile-advice'),
      [buttons, step] as const,
    ),
  );
}

/** The matrix unfolded (and folded again, not measured), then domain toggles while it is open. */
async function measureMatrix(page: Page, openings: Samples, toggles: Samples): Promise<number> {
  const summary = '#matrix details > summary';
  await page.locator(summary).waitFor();
  await take(openings, MATRIX_OPENINGS.warmup, async () => {
    const sample = await page.evaluate((selector) => (window as unknown as PageWindow).__bench.clickUntil(selector, 0, 'matrix-open'), summary);
    await page.locator(summary).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-matrix"]') === null);
    return sample;
  });
  await page.locator(summary).click();
  await page.locator('[data-testid="coverage-matrix"]').waitFor();
  const rows = await page.locator('[data-testid="coverage-matrix"] tbody tr').count();
  const domains = '.filters fieldset:first-of-type input[type=checkbox]';
  await take(toggles, TOGGLES.warmup, (step) =>
    page.evaluate(([selector, k]) => (window as unknown as PageWindow).__bench.toggle(selector, k), [domains, Math.floor(step / 2) * 5 + (step % 2)] as const),
  );
  return rows;
}

async function measureAdviceAt(browser: Browser, baseUrl: string, size: BenchSize): Promise<AdviceSizeResult> {
  const started = performance.now();
  const profiles = newSamples(PROFILES.count);
  const openings = newSamples(MATRIX_OPENINGS.count);
  const toggles = newSamples(TOGGLES.count);
  const errors: string[] = [];
  const failed = (what: string) => (error: unknown) => {
    errors.push(`${what}: ${String(error).split('\n')[0]}`);
    return null;
  };
  const { page, close } = await openPage(browser, baseUrl, size);
  let matrixRows: number | null;
  try {
    await measureProfiles(page, profiles).catch(failed('profiles'));
    await page.keyboard.press('Escape');
    matrixRows = await measureMatrix(page, openings, toggles).catch(failed('matrix'));
  } finally {
    await close();
  }
  const [initiatives, clusters] = benchData(size).countsFor('');
  return {
    size: size.key,
    label: size.label,
    clusters,
    initiatives,
    profileWithSuggestionsMs: summarize(profiles),
    matrixOpenMs: summarize(openings),
    matrixRows,
    filterChangeWithMatrixMs: summarize(toggles),
    errors,
    durationS: Math.round((performance.now() - started) / 100) / 10,
  };
}

export async function measureAdvice(browser: Browser, baseUrl: string, sizes: readonly BenchSize[]): Promise<AdviceResult> {
  const results: AdviceSizeResult[] = [];
  for (const size of sizes) {
    console.log(`advice: ${size.label}…`);
    results.push(await measureAdviceAt(browser, baseUrl, size));
  }
  return { date: new Date().toISOString(), chromium: browser.version(), sizes: results };
}
