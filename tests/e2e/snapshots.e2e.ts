import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { ENGLISH_EXPORT_MENU, exportFile, FRENCH_EXPORT_MENU } from '../helpers/exports';
import { compareExactly, decodePng } from '../helpers/pictures';

/**
 * Visual regression: the first screen and each kind of exported image,
 * compared with a committed reference per language and size
 * (tests/snapshots/). A change that moves what people see fails here with the
 * difference drawn in red (tests/e2e/artifacts/); a change made on purpose is
 * accepted with `npm run test:snapshots:update`, and the new references are
 * reviewed like code.
 */
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const REFERENCES = resolve(import.meta.dirname, '../snapshots');
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
/** Share of pixels allowed to differ (anti-aliasing, the server's port in the permalink line). */
const TOLERANCE = 0.004;
// A fixed date: exports print the day they were made.
const FIXED_TIME = new Date('2026-03-15T10:00:00Z');

const chromium = chromiumPerFile();

async function expectSnapshot(name: string, actual: PNG): Promise<void> {
  const file = resolve(REFERENCES, `${name}.png`);
  if (UPDATE) {
    await mkdir(REFERENCES, { recursive: true });
    await writeFile(file, PNG.sync.write(actual));
    return;
  }
  if (!existsSync(file)) throw new Error(`No reference picture ${file}: run \`npm run test:snapshots:update\` and review it.`);
  const expected = decodePng(await readFile(file));
  const keep = async (diff: PNG | null) => {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(resolve(ARTIFACTS, `${name}.actual.png`), PNG.sync.write(actual));
    if (diff) await writeFile(resolve(ARTIFACTS, `${name}.diff.png`), PNG.sync.write(diff));
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    await keep(null);
    expect.fail(`${name}: ${actual.width}×${actual.height} px against the reference's ${expected.width}×${expected.height} (tests/e2e/artifacts/${name}.actual.png)`);
  }
  const { differing, diff } = compareExactly(expected, actual);
  if (differing > TOLERANCE) await keep(diff);
  expect(differing, `${name}: share of pixels that differ from the reference (difference in tests/e2e/artifacts/${name}.diff.png)`).toBeLessThanOrEqual(TOLERANCE);
}

async function exportPng(page: Page, language: 'fr' | 'en', choices: readonly string[]): Promise<PNG> {
  const menu = language === 'fr' ? FRENCH_EXPORT_MENU : ENGLISH_EXPORT_MENU;
  return decodePng((await exportFile(page, WORDS[language].png, choices, menu)).bytes);
}

const WORDS = {
  fr: { page: 'Page (rapport)', slide: 'Diapositive 16:9', whole: 'Vue entière', chart: 'Figure 1 seule', map: 'Carte seule', one: '1×', slideOne: '1× (1920 × 1080)', png: 'Image PNG' },
  en: { page: 'Page (report)', slide: '16:9 slide', whole: 'Whole view', chart: 'Figure 1 only', map: 'Map only', one: '1×', slideOne: '1× (1920 × 1080)', png: 'PNG image' },
} as const;

describe('what people see, against the reference pictures', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`${language}: the first screen at 1366×768 and every kind of exported image`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?lang=${language}`, width: 1366, height: 768, fixedTime: FIXED_TIME });
      const { page } = session;
      await page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
      await expectSnapshot(`first-screen_${language}_1366x768`, decodePng(await page.screenshot({ animations: 'disabled', caret: 'hide' })));
      const w = WORDS[language];
      for (const scope of ['whole', 'chart', 'map'] as const) {
        const png = await exportPng(page, language, [w.page, w[scope], w.one]);
        await expectSnapshot(`export-page-${scope}_${language}_1366x768`, png);
      }
      const slide = await exportPng(page, language, [w.slide, w.whole, w.slideOne]);
      await expectSnapshot(`export-slide-whole_${language}_1366x768`, slide);
      session.expectClean();
      await session.close();
    });
  }

  it('fr: the first screen on a 390×844 phone', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844, deviceScaleFactor: 1, fixedTime: FIXED_TIME });
    await session.page.evaluate(() => document.fonts.ready);
    await expectSnapshot('first-screen_fr_390x844', decodePng(await session.page.screenshot({ animations: 'disabled', caret: 'hide' })));
    session.expectClean();
    await session.close();
  });
});
