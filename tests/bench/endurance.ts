/**
 * Endurance: whether the dashboard gives memory back over long use. The JS
 * heap in use is read after a forced garbage collection (CDP
 * `HeapProfiler.collectGarbage`, so what is left is what something still
 * holds), before, after 1,000 filter toggles on the study and after 1,000
 * more; and the same around 20 imports of a 1,000-cluster network, each
 * followed by a return to the study.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { EnduranceResult, HeapGrowth } from './report';
import { toMB } from './report';

/** The network imported over and over, as a file the dialog is given. */
export interface EnduranceNetwork {
  readonly name: string;
  readonly body: Buffer;
  readonly clusters: number;
  readonly initiatives: number;
  readonly seed: number;
}

const TOGGLES = 1000;
/** Each domain on and off before the first reading: the first changes build caches that are meant to stay. */
const WARMUP_TOGGLES = 12;
const IMPORT_CYCLES = 20;
const VIEWPORT = { width: 1280, height: 900 } as const;

/** Used heap after two full collections (one can leave what finalisers freed). */
async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Reads the heap before `repeat`, after it, and after it again: growth in the
 * first round can be caches and compiled code that are meant to stay; growth
 * in the second is what each round keeps.
 */
async function heapAround(session: CDPSession, steps: number, repeat: () => Promise<void>): Promise<HeapGrowth> {
  const before = await heapAfterGc(session);
  await repeat();
  const after = await heapAfterGc(session);
  await repeat();
  const afterTwice = await heapAfterGc(session);
  return { steps, beforeMB: toMB(before), afterMB: toMB(after), afterTwiceMB: toMB(afterTwice) };
}

const countsText = (page: Page) => page.getByTestId('counts').textContent();

/**
 * Each domain checkbox on then off again (so the filters end as they began),
 * one frame each, inside the page: 1,000 round trips through the driver would
 * measure the driver.
 */
function toggleDomains(page: Page, toggles: number): Promise<void> {
  return page.evaluate(async (count) => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.filters fieldset:first-of-type input[type=checkbox]')];
    if (boxes.length === 0) throw new Error('no domain checkbox');
    for (let step = 0; step < count; step += 1) {
      boxes[Math.floor(step / 2) % boxes.length]!.click();
      await new Promise((frame) => requestAnimationFrame(frame));
    }
  }, toggles);
}

/** Imports the network through the dialog, waits for it on screen, then returns to the study and waits for it. */
async function importThenReset(page: Page, network: EnduranceNetwork, studyCounts: string): Promise<void> {
  await page.getByLabel(/Choisir des fichiers/).setInputFiles({ name: network.name, mimeType: 'application/json', buffer: network.body });
  await page.getByText(`Données chargées : ${network.name}.`).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Revenir aux données de l’étude' }).click();
  await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent === text, ['[data-testid="counts"]', studyCounts] as const);
}

async function openStudy(browser: Browser, baseUrl: string): Promise<{ page: Page; session: CDPSession; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('[data-cluster-id]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-initiative-id]').first().waitFor();
  const session = await context.newCDPSession(page);
  return { page, session, close: () => context.close() };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

export async function measureEndurance(browser: Browser, baseUrl: string, network: EnduranceNetwork): Promise<EnduranceResult> {
  const result: EnduranceResult = { date: new Date().toISOString(), chromium: browser.version(), filterToggles: null, importResets: null, errors: [] };

  const toggling = await openStudy(browser, baseUrl);
  try {
    await toggleDomains(toggling.page, WARMUP_TOGGLES);
    result.filterToggles = await heapAround(toggling.session, TOGGLES, () => toggleDomains(toggling.page, TOGGLES));
  } catch (error) {
    result.errors.push(`filter toggles: ${message(error)}`);
  } finally {
    await toggling.close();
  }

  const importing = await openStudy(browser, baseUrl);
  try {
    const { page, session } = importing;
    const studyCounts = (await countsText(page)) ?? '';
    await page.getByRole('button', { name: 'Importer vos données' }).click();
    // One cycle first, so that the import code loaded on first use is not counted as growth.
    await importThenReset(page, network, studyCounts);
    const growth = await heapAround(session, IMPORT_CYCLES, async () => {
      for (let cycle = 0; cycle < IMPORT_CYCLES; cycle += 1) await importThenReset(page, network, studyCounts);
    });
    result.importResets = { ...growth, clusters: network.clusters, initiatives: network.initiatives, seed: network.seed };
  } catch (error) {
    result.errors.push(`import/reset cycles: ${message(error)}`);
  } finally {
    await importing.close();
  }
  return result;
}
