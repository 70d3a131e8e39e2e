import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../bench/generateNetwork';
import { addTestStyle, chromiumPerFile, openDashboard, type DashboardSession, type OpenOptions } from '../helpers/browser';
import { exportFile } from '../helpers/exports';
import { boxesWithin, compare, crop, decodePng, disagreementIn, locate, pictureOf, type Box } from '../helpers/pictures';

/**
 * The exported image is compared with what the page draws: the map's frame in
 * the file must be the map on screen (basemap, markers, region names, groups,
 * all in place relative to each other), and Figure 1 likewise. An export that
 * exists, has a size and is not blank can still mislead a reader; these look.
 */
const chromium = chromiumPerFile();

async function open(options: OpenOptions): Promise<DashboardSession> {
  const session = await openDashboard(chromium(), inject('baseUrl'), options);
  // The basemap arrives after first paint: wait for France to be drawn.
  await session.page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
  return session;
}

async function exportPng(page: Page, scope: 'Vue entière' | 'Figure 1 seule' | 'Carte seule', density: '1×' | RegExp): Promise<PNG> {
  const png = decodePng((await exportFile(page, 'Image PNG', [scope, density])).bytes);
  // The dialog lies over the views: hidden (not closed, so the page stays exactly as it was exported) for the
  // pictures of the page it is compared with.
  await addTestStyle(page, '.export-panel, .export-backdrop { visibility: hidden !important; }');
  return png;
}

/** On failure, the pictures compared are kept for a person to look at. */
async function keepPictures(what: string, pictures: Record<string, PNG>): Promise<void> {
  const folder = resolve(import.meta.dirname, 'artifacts');
  await mkdir(folder, { recursive: true });
  const test = expect.getState().currentTestName?.replace(/[^\w]+/g, '-').slice(0, 60) ?? 'picture';
  for (const [name, png] of Object.entries(pictures)) await writeFile(resolve(folder, `${test}_${what}_${name}.png`), PNG.sync.write(png));
}

/** The map's place, size and view: what must not change between an export and the picture it is compared with. */
function mapState(page: Page) {
  return page.locator('[data-testid="hq-map"] .leaflet-container').evaluate((container) => {
    const r = container.getBoundingClientRect();
    return { box: [r.left, r.top, r.width, r.height].map(Math.round), pane: container.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform };
  });
}

interface MarkerOnScreen {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly faded: boolean;
}

/** Headquarters markers' drawn centres, in device pixels relative to the map. */
async function markersOnScreen(page: Page, scale: number): Promise<MarkerOnScreen[]> {
  return page.locator('[data-testid="hq-map"] .leaflet-container').evaluate((container, k) => {
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-cluster-id]')].flatMap((marker) => {
      const r = marker.querySelector('svg')!.getBoundingClientRect();
      const x = (r.left + r.width / 2 - origin.left) * k;
      const y = (r.top + r.height / 2 - origin.top) * k;
      if (x < 0 || y < 0 || x > origin.width * k || y > origin.height * k) return [];
      return [{ name: marker.getAttribute('aria-label') ?? '', x, y, faded: marker.dataset.emphasis === 'faded' }];
    });
  }, scale);
}

/**
 * The map's frame in the export against a picture of the map on the page:
 * found where it fits best, then compared pixel by pixel, and marker by
 * marker (what surrounds each headquarters: land, sea, a neighbour).
 */
async function expectMapAsOnScreen(page: Page, exported: PNG, scale: number): Promise<Box> {
  const container = page.locator('[data-testid="hq-map"] .leaflet-container');
  const onScreen = await pictureOf(page, container);
  // Zoom buttons, attribution and a tooltip left by the pointer are the page's, not the picture's.
  const masks = await boxesWithin(container, '.leaflet-control-container .leaflet-control, .leaflet-tooltip', scale);
  const markers = await markersOnScreen(page, scale);
  const at = locate(exported, onScreen, masks);
  const frame = { ...at, width: onScreen.width, height: onScreen.height };
  const inExport = crop(exported, frame);
  // Each headquarters with what surrounds it (land or sea, a neighbour, its precision halo) as on screen.
  const half = 16 * scale;
  // Markers under the zoom buttons or the attribution are hidden on screen; the whole-picture comparison masks them.
  const underControls = (m: MarkerOnScreen) => masks.some((b) => m.x + half > b.x && m.x - half < b.x + b.width && m.y + half > b.y && m.y - half < b.y + b.height);
  const misplaced = markers
    .filter((m) => !m.faded && !underControls(m))
    .map((m) => ({ name: m.name, at: `${Math.round(m.x)},${Math.round(m.y)}`, differing: disagreementIn(onScreen, inExport, { x: Math.round(m.x - half), y: Math.round(m.y - half), width: 2 * half, height: 2 * half }, scale) }))
    .filter((m) => m.differing > 0.02);
  const { differing, diff } = compare(onScreen, inExport, masks, scale);
  if (misplaced.length > 0 || differing >= 0.02 || process.env.KEEP_PICTURES) {
    await keepPictures('map', { onScreen, inExport, diff, exported });
    console.log('map located at', frame, 'in an export of', exported.width, '×', exported.height);
  }
  expect(misplaced, 'headquarters whose surroundings in the export differ from the screen (pictures in tests/e2e/artifacts/)').toEqual([]);
  expect(differing, 'share of the map’s pixels that differ from the screen (pictures in tests/e2e/artifacts/)').toBeLessThan(0.02);
  return frame;
}

async function expectChartAsOnScreen(page: Page, exported: PNG): Promise<void> {
  const chart = page.getByTestId('figure1');
  const onScreen = await pictureOf(page, chart);
  const at = locate(exported, onScreen);
  const inExport = crop(exported, { ...at, width: onScreen.width, height: onScreen.height });
  const { differing, diff } = compare(onScreen, inExport, [], 2);
  if (differing >= 0.01) await keepPictures('figure1', { onScreen, inExport, diff });
  expect(differing, 'share of Figure 1’s pixels that differ from the screen (pictures in tests/e2e/artifacts/)').toBeLessThan(0.01);
}

describe('the map in an exported image is the map on screen', () => {
  it('map alone at 1440×900, 1×: every headquarters on the land it is on screen', async () => {
    const session = await open({ width: 1440, height: 900 });
    await expectMapAsOnScreen(session.page, await exportPng(session.page, 'Carte seule', '1×'), 1);
    session.expectClean();
    await session.close();
  });

  it('whole view at 1366×768, 2× on a screen zoomed to 200 %, after filtering, panning and zooming: map and Figure 1 in place', async () => {
    const session = await open({ width: 1366, height: 768, deviceScaleFactor: 2, path: '?r=Bretagne,Pays%20de%20la%20Loire' });
    const { page } = session;
    const map = page.locator('[data-testid="hq-map"] .leaflet-container');
    await map.hover({ position: { x: 60, y: 60 } });
    await page.mouse.wheel(0, -300);
    // The wheel zooms after a short debounce: wait until the zoom is recorded in the link and its animation is over.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('map') && !document.querySelector('.leaflet-zoom-anim'));
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 70, { steps: 5 });
    await page.mouse.up();
    // Asked at once, while the drag's inertia may still move the map: the export waits for it to stop.
    const exported = await exportPng(page, 'Vue entière', /^2×/);
    const settled = await mapState(page);
    await expectMapAsOnScreen(page, exported, 2);
    expect(await mapState(page), 'the map stood still after the export').toEqual(settled);
    await expectChartAsOnScreen(page, exported);
    session.expectClean();
    await session.close();
  });

  it('on a 390×844 phone, map alone at 2×', async () => {
    const session = await open({ width: 390, height: 844, deviceScaleFactor: 2 });
    const { page } = session;
    await page.getByTestId('hq-map').scrollIntoViewIfNeeded();
    await expectMapAsOnScreen(page, await exportPng(page, 'Carte seule', /^2×/), 2);
    session.expectClean();
    await session.close();
  });

  it('with the OpenStreetMap background: tiles, basemap-free, in place under the markers', async () => {
    const session = await open({ width: 1440, height: 900 });
    const { page } = session;
    await session.context.unroute('**/*');
    // A tile that says where it belongs (a grid of its own coordinates' colour), served locally.
    await session.context.route('https://tile.openstreetmap.org/**', (route) => {
      const [, z, x, y] = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(route.request().url())!.map(Number) as [number, number, number, number];
      const tile = new PNG({ width: 256, height: 256 });
      for (let py = 0; py < 256; py += 1) {
        for (let px = 0; px < 256; px += 1) {
          const i = (py * 256 + px) * 4;
          const line = px % 32 < 2 || py % 32 < 2;
          tile.data[i] = line ? 40 : (x * 53 + z * 17) % 200 + 40;
          tile.data[i + 1] = line ? 40 : (y * 71) % 200 + 40;
          tile.data[i + 2] = line ? 40 : ((px >> 5) * 23 + (py >> 5) * 29) % 200 + 40;
          tile.data[i + 3] = 255;
        }
      }
      return route.fulfill({ status: 200, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' }, body: PNG.sync.write(tile) });
    });
    await page.getByRole('checkbox', { name: 'Fond OpenStreetMap (en ligne)' }).check();
    await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length >= 4 && !document.querySelector('img.leaflet-tile:not(.leaflet-tile-loaded)'));
    await expectMapAsOnScreen(page, await exportPng(page, 'Carte seule', '1×'), 1);
    await session.close();
  });

  it('at network scale (grouped headquarters on a canvas), whole view at 1×', async () => {
    const session = await open({ width: 1440, height: 900 });
    const { page } = session;
    const network = generateNetwork(1500, 120, 5);
    await session.context.route('**/reseau/pictures.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(network) }),
    );
    await page.goto(new URL('?data=reseau/pictures.json', inject('baseUrl')).toString());
    await page.locator('canvas.hq-groups').waitFor({ state: 'attached' });
    await page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
    await expectMapAsOnScreen(page, await exportPng(page, 'Vue entière', '1×'), 1);
    session.expectClean();
    await session.close();
  });
});
