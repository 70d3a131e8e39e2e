import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { addTestStyle, chromiumPerFile, openDashboard } from '../helpers/browser';
import { exportFile, openExportMenu } from '../helpers/exports';
import { studyDataset } from '../helpers/dashboard';
import { boxesWithin, compare, crop, decodePng, locate, pictureOf } from '../helpers/pictures';

const study = studyDataset();
const chromium = chromiumPerFile();
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Titre de l’image' });

const openMenu = (page: Page) => openExportMenu(page);
const download = (page: Page, button: 'Image PNG' | 'Image SVG') => exportFile(page, button);

/** Pixels of (nearly) the ink colour in a box: text drawn in ink, such as names beside markers. */
function inkPixels(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const i = (y * png.width + x) * 4;
      // Near-black, antialiased edges included: how many of a name's pixels fall under a stricter cut depends on
      // where the text lands between pixels. No marker, outline or region name on the map is this dark.
      if (png.data[i]! < 90 && png.data[i + 1]! < 95 && png.data[i + 2]! < 100) count += 1;
    }
  }
  return count;
}

describe('an image for a presentation (16:9 slide)', () => {
  it('is 1920 × 1080 at 1× and 3840 × 2160 at 2×, with projector-sized type in Figure 1, the legend and the footer', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await openMenu(page);
    await page.getByRole('radio', { name: 'Diapositive 16:9' }).check();
    await page.getByRole('radio', { name: '1× (1920 × 1080)' }).check();
    const small = await download(page, 'Image PNG');
    expect(small.name).toMatch(/^clusters-emploi_diapo-vue_tout_\d{4}-\d{2}-\d{2}\.png$/);
    expect([decodePng(small.bytes).width, decodePng(small.bytes).height]).toEqual([1920, 1080]);
    await page.getByRole('radio', { name: '2× (3840 × 2160)' }).check();
    const large = decodePng((await download(page, 'Image PNG')).bytes);
    expect([large.width, large.height]).toEqual([3840, 2160]);

    // The same slide as SVG says its type sizes: every text at least 14 px once Figure 1's enlargement is applied.
    const svg = (await download(page, 'Image SVG')).bytes.toString('utf8');
    // Measured on a blank page, as a viewer opens the file: the dashboard's CSP would refuse its <style> (the fonts).
    const viewer = await session.context.newPage();
    const sizes = await viewer.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;width:1920px;height:1080px;';
      host.append(document.importNode(root, true));
      document.body.append(host);
      const texts = [...host.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
      const result = { root: [root.getAttribute('width'), root.getAttribute('height')], smallestChartText: Infinity, smallestOtherText: Infinity, chartLabels: 0 };
      for (const text of texts) {
        const matrix = (text as SVGTextElement).getScreenCTM()!;
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
        if (text.closest('svg svg')) {
          result.smallestChartText = Math.min(result.smallestChartText, size);
          if (text.hasAttribute('data-label-for')) result.chartLabels += 1;
        } else result.smallestOtherText = Math.min(result.smallestOtherText, size);
      }
      host.remove();
      return result;
    }, svg);
    await viewer.close();
    expect(sizes.root).toEqual(['1920', '1080']);
    expect(sizes.chartLabels).toBeGreaterThan(20);
    expect(sizes.smallestChartText).toBeGreaterThanOrEqual(14);
    expect(sizes.smallestOtherText).toBeGreaterThanOrEqual(16);
    session.expectClean();
    await session.close();
  });

  it('names the headquarters on the map when 20 or fewer are shown', async () => {
    const region = 'Bretagne';
    const inRegion = study.clusters.filter((c) => c.hq.region?.today === region);
    expect(inRegion.length).toBeLessThanOrEqual(20);
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?r=${region}`, width: 1366, height: 768 });
    const { page } = session;
    await openMenu(page);
    await page.getByRole('radio', { name: 'Diapositive 16:9' }).check();
    await page.getByRole('radio', { name: '1× (1920 × 1080)' }).check();
    await page.getByRole('radio', { name: 'Carte seule' }).check();
    const named = decodePng((await download(page, 'Image PNG')).bytes);
    // The same slide with more than 20 headquarters shown carries no names: far less ink on the map.
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    const unnamed = decodePng((await download(page, 'Image PNG')).bytes);
    const mapArea = { x: 56, y: 180, width: 1808, height: 640 };
    expect(inkPixels(named, mapArea)).toBeGreaterThan(3 * inkPixels(unnamed, mapArea) + 500);
    session.expectClean();
    await session.close();
  });

  it('leaves out what the filters exclude when asked: the map is the screen without its faded markers', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?r=Bretagne,Occitanie', width: 1440, height: 900 });
    const { page } = session;
    await page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
    await openMenu(page);
    await page.getByRole('radio', { name: 'Carte seule' }).check();
    await page.getByRole('radio', { name: '1×' }).check();
    await page.getByRole('checkbox', { name: /Masquer ce que les filtres excluent/ }).check();
    const exported = decodePng((await download(page, 'Image PNG')).bytes);
    await page.getByRole('button', { name: /^Exporter/ }).click();
    // What the export should show: the page with its faded markers taken away.
    await addTestStyle(page, '.hq-marker[data-emphasis="faded"] { visibility: hidden !important; }');
    const container = page.locator('[data-testid="hq-map"] .leaflet-container');
    const expected = await pictureOf(page, container);
    const masks = await boxesWithin(container, '.leaflet-control-container .leaflet-control, .leaflet-tooltip', 1);
    const at = locate(exported, expected, masks);
    const { differing } = compare(expected, crop(exported, { ...at, width: expected.width, height: expected.height }), masks);
    expect(differing).toBeLessThan(0.01);
    session.expectClean();
    await session.close();
  });
});

describe('the title of an exported image', () => {
  it('follows the filters until the user writes one; Reset lets it follow again', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?r=Bretagne' });
    const { page } = session;
    await openMenu(page);
    expect(await titleBox(page).inputValue()).toBe('Initiatives des clusters en Bretagne');
    await page.getByRole('radio', { name: 'Carte seule' }).check();
    expect(await titleBox(page).inputValue()).toBe('Sièges des clusters en Bretagne');
    await page.getByRole('radio', { name: 'Vue entière' }).check();
    // The panel is modal: filters change with it closed.
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('checkbox', { name: 'Pays de la Loire' }).check();
    await openMenu(page);
    expect(await titleBox(page).inputValue()).toBe('Initiatives des clusters en Bretagne et dans les Pays de la Loire');

    await titleBox(page).fill('Nos clusters de l’Ouest');
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('checkbox', { name: 'Pays de la Loire' }).uncheck();
    await openMenu(page);
    expect(await titleBox(page).inputValue()).toBe('Nos clusters de l’Ouest');
    const svg = await download(page, 'Image SVG');
    expect(svg.bytes.toString('utf8')).toContain('>Nos clusters de l’Ouest</text>');

    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await openMenu(page);
    expect(await titleBox(page).inputValue()).toBe('Initiatives des clusters en faveur de l’emploi');
    session.expectClean();
    await session.close();
  });

  it('is written into the image as text, never as markup', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await openMenu(page);
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & "Titre"';
    await titleBox(page).fill(hostile);
    const markup = (await download(page, 'Image SVG')).bytes.toString('utf8');
    // Parsed on a blank page: the dashboard's CSP would refuse the file's <style> (the fonts).
    const viewer = await session.context.newPage();
    const parsed = await viewer.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        scripts: doc.querySelectorAll('script, img, foreignObject').length,
        // The title's lines (it may wrap), in the title's size.
        title: [...doc.querySelectorAll('text[font-size="22"]')].map((line) => line.textContent).join(' '),
      };
    }, markup);
    await viewer.close();
    expect(parsed).toEqual({ error: false, scripts: 0, title: hostile });
    const png = decodePng((await download(page, 'Image PNG')).bytes);
    expect(png.width).toBeGreaterThan(500);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    session.expectClean();
    await session.close();
  });
});
