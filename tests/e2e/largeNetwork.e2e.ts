import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { GROUP_FILL } from '../../src/domain/map/groupStyle';
import type { Dataset } from '../../src/domain/schema';
import { CLUSTER_TYPE_STYLE } from '../../src/domain/map/markerLayout';
import { generateNetwork } from '../bench/generateNetwork';
import { chromiumPerFile, openDashboard, type DashboardSession } from '../helpers/browser';
import { shownCounts } from '../helpers/dashboard';

/** A network well above both thresholds (400 headquarters, 300 initiatives), served from the same site. */
const network = generateNetwork(3000, 400, 11);
const NETWORK_PATH = 'reseau/network.json';
const chromium = chromiumPerFile();

async function openNetwork(data: Dataset = network, extra = ''): Promise<DashboardSession> {
  const session = await openDashboard(chromium(), inject('baseUrl'));
  await session.context.route(`**/${NETWORK_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await session.page.goto(new URL(`?data=${NETWORK_PATH}${extra}`, inject('baseUrl')).toString());
  await session.page.locator('canvas.hq-groups').waitFor({ state: 'attached' });
  await session.page.locator('.marks-bulk').waitFor();
  return session;
}

const canvasData = (page: Page) =>
  page.locator('canvas.hq-groups').evaluate((canvas: HTMLCanvasElement) => ({ ...canvas.dataset }));

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A point (in page pixels) well inside a drawing of this colour on the grouped
 * map's canvas: the test looks at the picture a user sees, not at internals.
 */
async function pointOfColour(page: Page, hex: string, inset: number): Promise<{ x: number; y: number } | null> {
  const found = await page.locator('canvas.hq-groups').evaluate(
    (canvas: HTMLCanvasElement, [rgb, margin]) => {
      const context = canvas.getContext('2d');
      if (!context) return null;
      const { width, height } = canvas;
      const data = context.getImageData(0, 0, width, height).data;
      const ratio = width / canvas.getBoundingClientRect().width;
      const step = Math.round(margin * ratio);
      const is = (x: number, y: number) => {
        if (x < 0 || y < 0 || x >= width || y >= height) return false;
        const i = (y * width + x) * 4;
        return Math.abs(data[i]! - rgb[0]) < 8 && Math.abs(data[i + 1]! - rgb[1]) < 8 && Math.abs(data[i + 2]! - rgb[2]) < 8 && data[i + 3]! > 240;
      };
      for (let y = step; y < height - step; y += 2) {
        for (let x = step; x < width - step; x += 2) {
          if (is(x, y) && is(x - step, y) && is(x + step, y) && is(x, y - step) && is(x, y + step)) return { x: x / ratio, y: y / ratio };
        }
      }
      return null;
    },
    [hexToRgb(hex), inset] as const,
  );
  if (!found) return null;
  const box = await page.locator('canvas.hq-groups').boundingBox();
  return box && { x: box.x + found.x, y: box.y + found.y };
}

const zoomInUrl = (page: Page) => Number(new URL(page.url()).searchParams.get('map')?.split(',')[2] ?? NaN);

describe('a network of 3,000 clusters and 400 initiatives', () => {
  it('groups nearby headquarters with counts that add up to the clusters shown, before and after filtering', async () => {
    const session = await openNetwork();
    const { page } = session;
    expect(await shownCounts(page)).toEqual({ initiatives: 400, clusters: 3000 });
    expect(await page.locator('[data-cluster-id]').count()).toBe(0);
    const drawn = await canvasData(page);
    expect(Number(drawn.groups)).toBeGreaterThan(5);
    expect(Number(drawn.drawnClusters)).toBe(3000);
    expect(await page.getByText('Sièges proches regroupés (nombre)').count()).toBe(1);

    await page.locator('.filters fieldset').first().getByRole('checkbox').first().check();
    const counts = await shownCounts(page);
    expect(counts.clusters).toBeLessThan(3000);
    await expect.poll(async () => Number((await canvasData(page)).drawnClusters)).toBe(counts.clusters);
    session.expectClean();
    await session.close();
  });

  it('opens the profile of a lone headquarters, and zooms into a group when it is clicked', async () => {
    const session = await openNetwork();
    const { page } = session;
    // Searching a name leaves one headquarters: drawn in its type's colour, it opens its profile.
    const target = network.clusters[1233]!;
    await page.getByRole('searchbox').fill(target.name);
    await expect.poll(() => shownCounts(page)).toEqual(expect.objectContaining({ clusters: 1 }));
    await expect.poll(async () => (await canvasData(page)).singles).toBe('1');
    // Filled, or only outlined for a cluster only cited: a pixel of its colour is enough.
    const lone = await pointOfColour(page, CLUSTER_TYPE_STYLE[target.type].color, 0);
    expect(lone).not.toBeNull();
    await page.mouse.click(lone!.x, lone!.y);
    await expect.poll(() => page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(target.name);
    // The selected cluster is drawn on top, on its own.
    expect((await canvasData(page)).linked).toBe('1');

    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('');
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(0);
    const before = zoomInUrl(page);
    const group = await pointOfColour(page, GROUP_FILL, 4);
    expect(group).not.toBeNull();
    await page.mouse.click(group!.x, group!.y);
    await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(before);
    session.expectClean();
    await session.close();
  });

  it('draws every initiative in bulk, and walks them with the keyboard', async () => {
    const session = await openNetwork();
    const { page } = session;
    const layerCounts = () =>
      page.locator('.marks-bulk [data-count]').evaluateAll((layers) =>
        layers.map((layer) => ({ emphasis: layer.getAttribute('data-emphasis'), count: Number(layer.getAttribute('data-count')) })),
      );
    expect((await layerCounts()).reduce((sum, l) => sum + l.count, 0)).toBe(400);
    expect(await page.locator('[data-initiative-id]').count()).toBe(0);

    await page.locator('.filters fieldset').first().getByRole('checkbox').first().check();
    const { initiatives } = await shownCounts(page);
    await expect
      .poll(async () => (await layerCounts()).filter((l) => l.emphasis === 'normal').reduce((sum, l) => sum + l.count, 0))
      .toBe(initiatives);

    await page.locator('.marks-surface').focus();
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('#chart-tooltip');
    await tooltip.waitFor();
    const label = await tooltip.locator('strong').textContent();
    expect(label).toMatch(/^Initiative \d+ du domaine \d$/);
    // Marks in bulk are not elements: the one reached is announced.
    expect(await page.locator('.marks-surface').getAttribute('role')).toBe('application');
    expect(await page.getByTestId('chart-announcement').textContent()).toBe(label);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(label);
    session.expectClean();
    await session.close();
  });

  it('exports the grouped map with its groups, even when asked during a zoom', async () => {
    const session = await openNetwork();
    const { page } = session;
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('radio', { name: 'Carte seule' }).check();
    // The export starts while a zoom animates (the canvas is hidden then): it waits for the zoom to end.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        document.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.click();
        [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Image PNG')?.click();
      }),
    ]);
    const png = PNG.sync.read(await readFile(await download.path()));
    const [r, g, b] = hexToRgb(GROUP_FILL);
    let groupPixels = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (Math.abs(png.data[i]! - r) < 6 && Math.abs(png.data[i + 1]! - g) < 6 && Math.abs(png.data[i + 2]! - b) < 6) groupPixels += 1;
    }
    // The groups' discs (and the legend's) are in the image.
    expect(groupPixels).toBeGreaterThan(2000);
    session.expectClean();
    await session.close();
  });

  it('shows the first 200 rows of a long table and more on demand', async () => {
    const session = await openNetwork();
    const { page } = session;
    await page.getByText(/^Tableau des clusters/).click();
    const rows = page.getByTestId('clusters-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(200);
    expect(await page.getByText(/200 lignes affichées sur 3\s000\./).count()).toBe(1);
    await page.getByRole('button', { name: 'Afficher 200 lignes de plus' }).click();
    expect(await rows.count()).toBe(400);
    session.expectClean();
    await session.close();
  });

  it('lists the clusters that share one spot from the keyboard, names as text, and opens the one chosen', async () => {
    // Thirty seats at one address (a business park), one of them with markup in its name.
    const sharing = generateNetwork(600, 350, 5);
    const hostile = '<img src=x onerror=alert(1)> Parc';
    sharing.clusters.slice(0, 30).forEach((cluster, i) => {
      Object.assign(cluster.hq, { lat: 45.1885, lon: 5.7245 });
      if (i === 7) Object.assign(cluster, { name: hostile });
    });
    // Opened at the last zoom, centred on the shared spot: its group sits in the middle of the map.
    const session = await openNetwork(sharing, '&map=45.1885,5.7245,13');
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await expect.poll(async () => (await canvasData(page)).groups).toBe('1');
    // From the keyboard: the map has focus, Enter opens the group under the crosshair and moves into its list.
    await page.locator('.hq-map').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.hq-group-popup');
    await popup.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.hq-group-popup li') !== null)).toBe(true);
    expect(await popup.locator('li').getByRole('button').count()).toBe(30);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.getByRole('button', { name: new RegExp(`^${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expect.poll(() => page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(hostile);
    expect(dialogs).toBe(0);
    session.expectClean();
    await session.close();
  });
});
