import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';

/** The map writes the headquarters' names beside their markers when 20 or fewer are shown (or highlighted). */
const chromium = chromiumPerFile();
const study = studyDataset();
const nameOf = (id: string) => study.clusters.find((c) => c.id === id)?.name;

interface NamesOnMap {
  readonly named: readonly string[];
  /** Inked pixels of the names' canvas inside each named marker's box (a name over its marker would hide it). */
  readonly inkOverMarkers: number;
  readonly inkedPixels: number;
}

async function namesOnMap(page: Page): Promise<NamesOnMap> {
  await page.waitForTimeout(100);
  return page.locator('[data-testid="hq-map"] .leaflet-container').evaluate((container) => {
    const canvas = container.querySelector<HTMLCanvasElement>('canvas.hq-names')!;
    const named = (canvas.dataset.named ?? '').split(' ').filter(Boolean);
    const context = canvas.getContext('2d')!;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const k = canvas.width / canvas.getBoundingClientRect().width;
    const origin = canvas.getBoundingClientRect();
    let inkedPixels = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inkedPixels += 1;
    let inkOverMarkers = 0;
    for (const id of named) {
      const r = container.querySelector(`[data-cluster-id="${id}"] svg`)!.getBoundingClientRect();
      for (let y = Math.ceil((r.top - origin.top) * k); y < (r.bottom - origin.top) * k; y += 1) {
        for (let x = Math.ceil((r.left - origin.left) * k); x < (r.right - origin.left) * k; x += 1) {
          if (pixels[(y * canvas.width + x) * 4 + 3]! > 0) inkOverMarkers += 1;
        }
      }
    }
    return { named, inkOverMarkers, inkedPixels };
  });
}

describe('headquarters names on the map', () => {
  it('are left out while all 32 headquarters are in view, and written, clear of their markers, once a filter keeps 20 or fewer', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const all = await namesOnMap(page);
    expect(all.named).toEqual([]);
    expect(all.inkedPixels).toBe(0);

    await page.getByRole('checkbox', { name: /Promouvoir les métiers/ }).check();
    await expect.poll(async () => (await namesOnMap(page)).named.length).toBeGreaterThan(0);
    const kept = await page.locator('[data-testid="hq-map"] [data-cluster-id]:not([data-emphasis="faded"])').count();
    expect(kept).toBeLessThanOrEqual(20);
    const some = await namesOnMap(page);
    expect(some.inkedPixels).toBeGreaterThan(200);
    expect(some.inkOverMarkers).toBe(0);
    // Only headquarters the filter keeps are named.
    for (const id of some.named) {
      expect(await page.locator(`[data-cluster-id="${id}"]`).getAttribute('data-emphasis')).not.toBe('faded');
      expect(nameOf(id)).toBeTruthy();
    }
    session.expectClean();
    await session.close();
  });

  it('names the headquarters a selection highlights', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    // An initiative run by a few clusters: its clusters are highlighted on the map.
    await page.locator('[data-testid="figure1"] [data-initiative-id]').first().click();
    await expect.poll(async () => (await namesOnMap(page)).named.length).toBeGreaterThan(0);
    const highlighted = await page.locator('[data-testid="hq-map"] [data-emphasis="highlighted"]').evaluateAll((markers) => markers.map((m) => m.getAttribute('data-cluster-id')));
    const { named } = await namesOnMap(page);
    for (const id of named) expect(highlighted).toContain(id);
    session.expectClean();
    await session.close();
  });
});
