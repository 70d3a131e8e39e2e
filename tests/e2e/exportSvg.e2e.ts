import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { exportFile } from '../helpers/exports';
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
});
