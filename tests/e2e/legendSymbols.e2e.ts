import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { exportFile } from '../helpers/exports';
import { compare, decodePng } from '../helpers/pictures';

/**
 * A symbol means one thing: the legend under the views and the legend of an
 * exported image draw it alike (shape, colours, proportions). Each is drawn
 * from its own markup, at the same size, in a blank page, and the two
 * pictures are compared.
 */
const chromium = chromiumPerFile();
const SIZE = 48;

async function pictureOfMarkup(page: Page, markup: string) {
  await page.setContent(`<body style="margin:0;background:#fff"><div id="s" style="width:${SIZE}px;height:${SIZE}px">${markup}</div></body>`);
  await page.evaluate((size) => {
    const svg = document.querySelector('#s svg')!;
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
  }, SIZE);
  return decodePng(await page.locator('#s').screenshot());
}

describe('legend symbols', () => {
  it('are the same drawings on screen and in an exported image, with the same words', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?sel=c:mecabourg' });
    const { page } = session;
    // On screen: each legend entry's drawing and words (Figure 1's legend and the map's).
    const onScreen = await page.locator('ul.legend li').evaluateAll((items) =>
      items.flatMap((li) => {
        const svg = li.querySelector('svg');
        const words = (li.textContent ?? '').trim();
        return svg && words ? [{ words, markup: svg.outerHTML, size: Math.round(svg.getBoundingClientRect().width) }] : [];
      }),
    );
    const svg = (await exportFile(page, 'Image SVG')).bytes.toString('utf8');
    // In the export: <g transform="translate(x,y)[ scale(k)]"><svg …>…</svg></g><text …>words</text>
    const exported = new Map([...svg.matchAll(/<g transform="translate\([^)]*\)(?: scale\([^)]*\))?">(<svg[^>]*width="16"[^>]*>.*?<\/svg>)<\/g><text[^>]*>([^<]*)<\/text>/g)].map((m) => [m[2]!.trim(), m[1]!]));
    expect(exported.size).toBeGreaterThan(8);
    const blank = await session.context.newPage();
    let compared = 0;
    for (const { words, markup, size } of onScreen) {
      const inExport = exported.get(words.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
      if (!inExport) continue;
      // The same size as the export's 16 px symbols, and the same drawing once both are enlarged alike.
      expect(size, `« ${words} » on screen`).toBe(16);
      const difference = compare(await pictureOfMarkup(blank, markup), await pictureOfMarkup(blank, inExport), [], 1, 40);
      expect(difference.differing, `« ${words} »`).toBeLessThan(0.02);
      compared += 1;
    }
    // Six domains, the case-study ring, four cluster types, the hollow marker of a cluster only cited.
    expect(compared).toBeGreaterThanOrEqual(11);
    await blank.close();
    session.expectClean();
    await session.close();
  });
});
