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

describe('headquarters markers under a finger', () => {
  /** Which marker, if any, a touch this far from the most isolated marker's centre lands on. */
  async function touchAround(page: Page, distance: number): Promise<{ id: string; hits: (string | null)[] }> {
    return page.locator('[data-testid="hq-map"] .leaflet-container').evaluate((container, d) => {
      const markers = [...container.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-cluster-id]')].map((element) => {
        const r = element.querySelector('svg')!.getBoundingClientRect();
        return { element, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const isolation = (m: (typeof markers)[number]) => Math.min(...markers.filter((o) => o !== m).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
      const frame = container.getBoundingClientRect();
      const inside = markers.filter((m) => m.x - 30 > frame.left && m.x + 30 < frame.right && m.y - 30 > frame.top && m.y + 30 < frame.bottom);
      const loneliest = inside.reduce((a, b) => (isolation(b) > isolation(a) ? b : a));
      const hits = [
        [d, 0],
        [-d, 0],
        [0, d],
        [0, -d],
      ].map(([dx, dy]) => document.elementFromPoint(loneliest.x + dx!, loneliest.y + dy!)?.closest('[data-cluster-id]')?.getAttribute('data-cluster-id') ?? null);
      return { id: loneliest.element.dataset.clusterId ?? '', hits };
    }, distance);
  }

  it('answer a touch 20 px from their centre on a phone (a 44 px target), and only where drawn with a mouse', async () => {
    const phone = await chromium().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('[data-testid="hq-map"] [data-cluster-id]').first().waitFor();
    await page.getByTestId('hq-map').scrollIntoViewIfNeeded();
    // Zoomed in, so that one marker at least has no neighbour within a target's reach.
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: 'Zoom avant' }).tap();
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    }
    const touched = await touchAround(page, 20);
    expect(touched.hits).toEqual([touched.id, touched.id, touched.id, touched.id]);
    await phone.close();

    const desk = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const clicked = await touchAround(desk.page, 20);
    expect(clicked.hits.filter((hit) => hit === clicked.id)).toEqual([]);
    await desk.close();
  });
});

describe('the map’s own controls', () => {
  it('speak the page’s language: the zoom buttons’ names and tooltips, the credit’s link', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const controls = () =>
      page.evaluate(() => ({
        zoom: [...document.querySelectorAll('.leaflet-control-zoom a')].map((a) => `${a.getAttribute('aria-label')} / ${a.getAttribute('title')}`),
        credit: document.querySelector('.leaflet-control-attribution a[href="https://leafletjs.com"]')?.getAttribute('title') ?? null,
      }));
    expect(await controls()).toEqual({ zoom: ['Zoom avant / Zoom avant', 'Zoom arrière / Zoom arrière'], credit: 'Leaflet, une bibliothèque de cartes interactives' });
    await page.getByRole('button', { name: 'English' }).click();
    expect(await controls()).toEqual({ zoom: ['Zoom in / Zoom in', 'Zoom out / Zoom out'], credit: 'Leaflet, a library for interactive maps' });
    // The credit still reads « Leaflet » (an exported picture copies it).
    expect(await page.locator('.leaflet-control-attribution').textContent()).toMatch(/^Leaflet \|/);
    session.expectClean();
    await session.close();
  });
});
