import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { ENGLISH_EXPORT_MENU, exportFile } from '../helpers/exports';
import { compare, decodePng } from '../helpers/pictures';

/**
 * An exported SVG must open the same in programs that are not Chromium: here
 * librsvg (rsvg-convert, what GNOME, LibreOffice's import and many converters
 * use). Text may fall back to another font there (librsvg ignores embedded web
 * fonts), so the pictures are compared with their text hidden: every shape,
 * mark, marker, region and the map must be where Chromium draws them.
 */
const run = promisify(execFile);
const chromium = chromiumPerFile();

async function exportSvg(page: Page, options: { layout?: string; scope?: string }): Promise<string> {
  const choices = [options.layout, options.scope].filter((choice) => choice !== undefined);
  return (await exportFile(page, 'Image SVG', choices)).bytes.toString('utf8');
}

/** The picture's margin: the export leaves 24 px of white on each side of its text and views. */
const MARGIN = 24;

/** Columns of the left and right margins (a few pixels in from the text's edge) where the picture is not white. */
function inkInMargins(picture: ReturnType<typeof decodePng>): number[] {
  const columns: number[] = [];
  for (let x = 0; x < picture.width; x += 1) {
    if (x >= MARGIN - 4 && x < picture.width - MARGIN + 4) continue;
    for (let y = 0; y < picture.height; y += 1) {
      const i = (y * picture.width + x) * 4;
      if (picture.data[i]! < 200 || picture.data[i + 1]! < 200 || picture.data[i + 2]! < 200) {
        columns.push(x);
        break;
      }
    }
  }
  return columns;
}

/** The SVG with its text hidden (a style rule both renderers honour). */
const withoutText = (markup: string) => markup.replace(/<style>/, '<style>text{display:none}');

async function inChromium(browser: Browser, markup: string, width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}" width="${width}" height="${height}"></body>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
  await page.close();
  return png;
}

async function inLibrsvg(markup: string) {
  const folder = await mkdtemp(join(tmpdir(), 'svg-'));
  await writeFile(join(folder, 'in.svg'), markup);
  await run('rsvg-convert', ['--background-color=white', '-o', join(folder, 'out.png'), join(folder, 'in.svg')]);
  return decodePng(await readFile(join(folder, 'out.png')));
}

function sizeOf(markup: string): { width: number; height: number } {
  const match = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(markup);
  if (!match) throw new Error('The SVG has no size');
  return { width: Math.round(Number(match[1])), height: Math.round(Number(match[2])) };
}

describe('an exported SVG opened in another renderer (librsvg)', () => {
  for (const [name, options] of [
    ['the whole view as a page', {}],
    ['a slide of the whole view', { layout: 'Diapositive 16:9' }],
    ['the map alone', { scope: 'Carte seule' }],
  ] as const) {
    it(`${name}: self-contained, and every shape where Chromium draws it`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?r=Bretagne,Occitanie', width: 1366, height: 768 });
      await session.page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
      const markup = await exportSvg(session.page, options);
      // Nothing outside the file: every link and every url() is data or points inside the file.
      expect(markup.match(/(?:href|src)="(?!data:|#)[^"]*"/g) ?? []).toEqual([]);
      expect(markup.match(/url\((?!["']?(?:data:|#))[^)]*\)/g) ?? []).toEqual([]);
      const { width, height } = sizeOf(markup);
      const chromiumPicture = await inChromium(chromium(), withoutText(markup), width, height);
      const librsvgPicture = await inLibrsvg(withoutText(markup));
      expect([librsvgPicture.width, librsvgPicture.height]).toEqual([width, height]);
      const { differing } = compare(chromiumPicture, librsvgPicture, [], 1, 32);
      expect(differing, 'share of pixels that differ between Chromium and librsvg').toBeLessThan(0.01);
      session.expectClean();
      await session.close();
    });
  }

  // librsvg ignores the embedded Inter and sets the text in DejaVu Sans, about 12 % wider: lines wrapped to
  // Inter's width ran past the picture's edge (the title, the last legend entry, the footer's link).
  for (const [name, path, choices, words] of [
    ['an English map alone, filtered to two regions', '?lang=en&r=Bretagne,Occitanie', ['Map only'], ENGLISH_EXPORT_MENU],
    ['a French page of the whole view, filtered', '?r=Bretagne,Occitanie&q=emploi', [], undefined],
    ['an English slide, filtered to two regions', '?lang=en&r=Bretagne,Occitanie', ['16:9 slide'], ENGLISH_EXPORT_MENU],
  ] as const) {
    it(`${name}: its text stays inside the picture in a fallback font`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { path, width: 1366, height: 768 });
      await session.page.locator('.leaflet-overlay-pane path').nth(5).waitFor({ state: 'attached' });
      const markup = (await exportFile(session.page, words ? 'SVG image' : 'Image SVG', choices, words)).bytes.toString('utf8');
      if (words) {
        // The map's credit names the map and its background once each.
        expect(markup).toContain('>Map: Leaflet · Background: Natural Earth · Regions: GeoNames (CC BY 4.0)<');
      }
      const picture = await inLibrsvg(markup);
      expect(inkInMargins(picture), 'columns of the margins with ink, in librsvg').toEqual([]);
      session.expectClean();
      await session.close();
    });
  }
});

/** The words of an exported SVG, in reading order (each <text> element's, its lines joined by a space). */
function wordsOf(markup: string): string[] {
  return [...markup.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/<\/tspan>\s*<tspan\b/g, ' <tspan')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .trim(),
  );
}

describe('what an exported picture says', () => {
  it('a cluster picked on the map: named under the title and in the file’s name, its ring in the legend, and the faded marks and markers; one cluster is « 1 cluster »', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?d=accompagner-rh&r=Auvergne-Rh%C3%B4ne-Alpes&sel=c%3Amecabourg', width: 1366, height: 768 });
    const file = await exportFile(session.page, 'Image SVG');
    const words = wordsOf(file.bytes.toString('utf8')).join('\n');
    expect(words).toContain('5 initiatives sur 31 · 1 cluster sur 32');
    expect(words).not.toMatch(/\b1 clusters\b/);
    expect(words).toContain('Sélection : Mécabourg et ses initiatives ; le reste est atténué');
    expect(words).toContain('Cercle pointillé : Mécabourg, le cluster sélectionné');
    // What the filters leave out stays drawn, faded: the legend says so, for each view.
    expect(words).toContain('Estompées : initiatives écartées par les filtres');
    expect(words).toContain('Estompés : sièges écartés par les filtres');
    expect(file.name).toMatch(/mecabourg/);
    // The link to the view, whole and readable (« Rhône », not « Rh%C3%B4ne »).
    expect(wordsOf(file.bytes.toString('utf8')).join('')).toContain('/?d=accompagner-rh&r=Auvergne-Rhône-Alpes&sel=c%3Amecabourg');
    session.expectClean();
    await session.close();
  });

  it('agrees the French title with « grappes d’entreprises »', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?t=grappe-entreprises&iv=interviewed', width: 1366, height: 768 });
    const words = wordsOf((await exportFile(session.page, 'Image SVG')).bytes.toString('utf8'));
    expect(words).toContain('Initiatives des grappes d’entreprises interrogées par l’étude');
    session.expectClean();
    await session.close();
  });
});

describe('a page exported from a phone', () => {
  it('lays Figure 1 out for a report’s width (720 px, not the phone’s), the filtered initiatives’ labels whole', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?lang=en&d=accompagner-rh&r=Auvergne-Rh%C3%B4ne-Alpes', width: 390, height: 844 });
    const markup = (await exportFile(session.page, 'SVG image', [], ENGLISH_EXPORT_MENU)).bytes.toString('utf8');
    // Figure 1 at a report's width, not the phone's 340-odd pixels.
    const chart = /<svg class="figure1"[^>]*\bwidth="(\d+(?:\.\d+)?)"/.exec(markup);
    expect(Number(chart?.[1])).toBeGreaterThanOrEqual(640);
    // The labels of the five initiatives the filters keep, whole (a label's lines joined).
    const words = wordsOf(markup).join(' ');
    for (const label of [
      'HR workshops, conferences or breakfast meetings',
      'Clubs and HR peer exchanges between companies',
      'Tailored training for managers and staff',
      'Comprehensive support for HR development strategy',
      'Relaying public and local employment-training schemes to members',
    ]) {
      expect(words.replace(/\s+/g, ' ')).toContain(label);
    }
    session.expectClean();
    await session.close();
  });
});
