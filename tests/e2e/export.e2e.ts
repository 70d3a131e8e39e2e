import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { exportFile as exportWith } from '../helpers/exports';
import { studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const recruiting = study.domains.find((d) => d.id === 'aider-recruter')!;
const training = study.domains.find((d) => d.id === 'contribuer-formations')!;
const visibleInitiatives = study.initiatives.filter((i) => i.domain === recruiting.id);
const visibleClusterIds = new Set(visibleInitiatives.flatMap((i) => i.clusters));

const chromium = chromiumPerFile();

/** Sets the export's options, clicks an export and returns the downloaded file. */
const exportFile = (page: Page, button: string, options: { scope?: string; density?: string | RegExp; delimiter?: string | RegExp } = {}) =>
  exportWith(page, button, [options.scope, options.density, options.delimiter].filter((choice) => choice !== undefined));

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many pixels are (nearly) exactly this colour. */
function countColour(png: PNG, hex: string, tolerance = 6): number {
  const [r, g, b] = hexToRgb(hex);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r) <= tolerance && Math.abs(png.data[i + 1]! - g) <= tolerance && Math.abs(png.data[i + 2]! - b) <= tolerance) count += 1;
  }
  return count;
}

describe('exporting a filtered view', () => {
  it('saves the whole view as a PNG at 2×: valid, the view’s size, not blank, with the visible domain’s colour only', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}` });
    const { page } = session;
    // The views' extent on screen: from Figure 1's panel to the map's right edge.
    const viewsWidth = await page.evaluate(() => {
      const chartPanel = document.querySelector('[data-testid="figure1"]')!.closest('section')!.getBoundingClientRect();
      const map = document.querySelector('[data-testid="hq-map"] .leaflet-container')!.getBoundingClientRect();
      return map.right - chartPanel.left;
    });
    const file = await exportFile(page, 'Image PNG');
    expect(file.name).toMatch(/^clusters-emploi_vue_domaine-aider-les-entreprises-du-cluster-a-recruter_\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(file.bytes);
    // The document is the views' width plus its 24 px margins, at twice the pixels.
    expect(Math.abs(png.width - Math.round((Math.max(520, Math.ceil(viewsWidth)) + 48) * 2))).toBeLessThanOrEqual(2);
    expect(png.height).toBeGreaterThan(png.width / 2);
    const distinct = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) distinct.add(png.data.readUInt32BE(i));
    expect(distinct.size).toBeGreaterThan(50);
    // Marks of the chosen domain are drawn at full strength; those of a filtered-out domain only pale.
    expect(countColour(png, recruiting.color)).toBeGreaterThan(200);
    expect(countColour(png, training.color)).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Fichier enregistré' }).textContent()).toContain(file.name);
    session.expectClean();
    await session.close();
  });

  it('saves Figure 1 alone at 1× and the map alone, each at its own size', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}` });
    const { page } = session;
    const chartWidth = await page.evaluate(() => document.querySelector('[data-testid="figure1"]')!.getBoundingClientRect().width);
    const chart = PNG.sync.read((await exportFile(page, 'Image PNG', { scope: 'Figure 1 seule', density: '1×' })).bytes);
    expect(chart.width).toBe(Math.max(520, Math.ceil(chartWidth)) + 48);
    const mapFile = await exportFile(page, 'Image PNG', { scope: 'Carte seule', density: /^2×/ });
    expect(mapFile.name).toMatch(/^clusters-emploi_carte_/);
    const map = PNG.sync.read(mapFile.bytes);
    expect(map.width).toBe((520 + 48) * 2);
    // Land and sea of the offline basemap are in the picture.
    expect(countColour(map, '#f3efe6', 2)).toBeGreaterThan(1000);
    session.expectClean();
    await session.close();
  });

  it('saves the chart as an SVG that parses and holds the visible marks’ labels and the source', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}` });
    const { page } = session;
    const file = await exportFile(page, 'Image SVG', { scope: 'Figure 1 seule' });
    expect(file.name.endsWith('.svg')).toBe(true);
    const markup = file.bytes.toString('utf8');
    // Parsed on a blank page: the dashboard's CSP would refuse the file's <style> (the fonts).
    const viewer = await session.context.newPage();
    const parsed = await viewer.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        labels: [...doc.querySelectorAll('text[data-label-for]')].map((e) => ({ id: e.getAttribute('data-label-for'), text: e.textContent })),
        text: doc.documentElement.textContent,
        fontEmbedded: doc.querySelector('style')?.textContent?.includes('data:font/woff2;base64,') ?? false,
      };
    }, markup);
    await viewer.close();
    expect(parsed.error).toBeNull();
    expect(parsed.fontEmbedded).toBe(true);
    for (const initiative of visibleInitiatives) {
      const label = parsed.labels.find((l) => l.id === initiative.id);
      expect(label, initiative.id).toBeDefined();
      expect(initiative.label.fr.replace(/\s+/g, '')).toContain(label!.text!.replace(/…$/, '').replace(/\s+/g, ''));
    }
    expect(parsed.text).toContain('Source : Apec, Les études de l’emploi cadre n° 2016-09, mars 2016'.replace('’', "'"));
    expect(parsed.text).toContain('Domaine : Aider les entreprises du cluster à recruter');
    session.expectClean();
    await session.close();
  });

  it('saves exactly the filtered rows as CSV (semicolon and decimal comma by default in French, or comma) and JSON', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}` });
    const { page } = session;
    const initiativesCsv = await exportFile(page, 'Initiatives (CSV)');
    expect(initiativesCsv.name).toMatch(/^clusters-emploi_initiatives_.*\.csv$/);
    const text = initiativesCsv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain('id;label_fr;label_en');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(visibleInitiatives.map((i) => i.id).sort());
    // French Excel reads 0,15 as a number and 0.15 as text.
    for (const row of rows) {
      const initiative = visibleInitiatives.find((i) => i.id === row.id)!;
      expect(row.audience).toBe(String(initiative.audience).replace('.', ','));
    }

    const clustersCsv = await exportFile(page, 'Clusters (CSV)', { delimiter: /^virgule$/ });
    const clusterText = clustersCsv.bytes.toString('utf8').slice(1);
    expect(clusterText.split('\r\n')[0]).toContain('id,name,type');
    const clusterRows = Papa.parse<Record<string, string>>(clusterText, { header: true, delimiter: ',', skipEmptyLines: true }).data;
    expect(clusterRows.map((r) => r.id).sort()).toEqual([...visibleClusterIds].sort());
    expect(clusterRows.every((r) => r.lat === '' || /^-?\d+(\.\d+)?$/.test(r.lat ?? ''))).toBe(true);

    const json = JSON.parse((await exportFile(page, 'Initiatives et clusters (JSON)')).bytes.toString('utf8'));
    expect(json.initiatives.map((i: { id: string }) => i.id).sort()).toEqual(visibleInitiatives.map((i) => i.id).sort());
    expect(json.clusters.map((c: { id: string }) => c.id).sort()).toEqual([...visibleClusterIds].sort());
    expect(json.filters).toEqual(['Domaine : Aider les entreprises du cluster à recruter']);
    expect(json.permalink).toContain(`d=${recruiting.id}`);
    session.expectClean();
    await session.close();
  });

  it('falls back to 1× when 2× would be too large for a browser canvas, and says so in the file and on screen', async () => {
    // On a 6000 px wide screen the whole view at 2× passes the 16.7-megapixel canvas limit some browsers have.
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}`, width: 6000, height: 900 });
    const { page } = session;
    const before = await page.getByTestId('counts').textContent();
    const file = await exportFile(page, 'Image PNG');
    const png = PNG.sync.read(file.bytes);
    // 1× (the view's width plus margins), not a cropped or blank 2×.
    expect(png.width).toBeGreaterThan(5000);
    expect(png.width).toBeLessThan(6100);
    expect(png.width * png.height * 4).toBeLessThanOrEqual(16_777_216 * 4);
    expect(await page.getByRole('status').filter({ hasText: 'Fichier enregistré' }).textContent()).toContain('Image produite en 1×');
    expect(await page.getByTestId('counts').textContent()).toBe(before);
    expect(await page.getByRole('button', { name: 'Image PNG' }).isEnabled()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('says what went wrong when even 1× would be too large, and leaves the dashboard as it was', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?d=${recruiting.id}`, width: 17000, height: 900 });
    const { page } = session;
    const before = await page.getByTestId('counts').textContent();
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('radio', { name: '1×' }).check();
    await page.getByRole('button', { name: 'Image PNG' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^L’image serait trop grande pour le navigateur \(.*\)/);
    expect(await page.getByTestId('counts').textContent()).toBe(before);
    expect(await page.getByRole('button', { name: 'Image PNG' }).isEnabled()).toBe(true);
    session.expectClean();
    await session.close();
  });
});

describe('the export panel', () => {
  it('is a modal dialog over the views: the page behind is inert, a click outside or Escape closes it and focus returns', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const toggle = page.getByRole('button', { name: /^Exporter/ });
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: 'Exporter la vue' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.locator('main').evaluate((main) => (main as HTMLElement).inert)).toBe(true);
    // A click on the page outside the panel closes it.
    await page.mouse.click(150, 600);
    expect(await dialog.count()).toBe(0);
    expect(await page.locator('main').evaluate((main) => (main as HTMLElement).inert)).toBe(false);
    await toggle.click();
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Exporter');
    session.expectClean();
    await session.close();
  });
});

describe('exporting with the online background', () => {
  /** A 256 px tile of one colour, served in place of OpenStreetMap (the tests never leave the machine). */
  function solidTile(hex: string): Buffer {
    const png = new PNG({ width: 256, height: 256 });
    const [r, g, b] = hexToRgb(hex);
    for (let i = 0; i < png.data.length; i += 4) {
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
    return PNG.sync.write(png);
  }

  it('draws the tiles into the image when their server allows it (CORS)', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await session.context.unroute('**/*');
    await session.context.route('https://tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' }, body: solidTile('#ff00ff') }),
    );
    await page.getByRole('checkbox', { name: 'Fond OpenStreetMap (en ligne)' }).check();
    await page.locator('img.leaflet-tile-loaded').first().waitFor();
    const map = PNG.sync.read((await exportFile(page, 'Image PNG', { scope: 'Carte seule' })).bytes);
    expect(countColour(map, '#ff00ff', 2)).toBeGreaterThan(10_000);
    const status = await page.getByRole('status').filter({ hasText: 'Fichier enregistré' }).textContent();
    expect(status).not.toContain('sans lui');
    await session.close();
  });
});
