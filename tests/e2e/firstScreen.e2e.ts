import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';
import { generateNetwork } from '../bench/generateNetwork';
import { ENGLISH_EXPORT_MENU, FRENCH_EXPORT_MENU, openExportMenu } from '../helpers/exports';

const chromium = chromiumPerFile();

describe('the first screen', () => {
  it('shows the title, the filters and both views, offline and without errors', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await expect(page.title()).resolves.toContain('Clusters');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('des initiatives pour l’emploi');
    for (const name of ['Filtres', /Figure 1/, 'Sièges des clusters']) {
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    expect(await page.getByTestId('counts').textContent()).toMatch(/\d+ initiatives · \d+ clusters/);
    session.expectClean();
    await session.close();
  });

  it('narrows the counts when a domain is ticked, and switches to English', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const before = await page.getByTestId('counts').textContent();
    await page.getByRole('checkbox', { name: /Mutualiser l’emploi|mutualiser l'emploi/i }).check();
    const after = await page.getByTestId('counts').textContent();
    expect(after).not.toEqual(before);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Clusters: initiatives for employment');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    session.expectClean();
    await session.close();
  });

  it('stacks the views on a 390 px phone without horizontal scrolling', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const { page } = session;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = await page.getByRole('heading', { name: /Figure 1/ }).boundingBox();
    const map = await page.getByRole('heading', { name: 'Sièges des clusters' }).boundingBox();
    expect(chart && map && map.y > chart.y).toBe(true);
    session.expectClean();
    await session.close();
  });
});

describe('on a 390 px phone', () => {
  it('folds the filters under their heading and keeps touch targets at least 44 px high', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const { page } = session;
    expect(await page.getByRole('checkbox', { name: /mutualiser/i }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Afficher \(0 actif\)/ }).click();
    expect(await page.getByRole('checkbox', { name: /mutualiser/i }).isVisible()).toBe(true);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, label, input[type=search]')]
        // Labels count when they hold their control (the whole line is then the target).
        .filter((e) => e.checkVisibility() && !e.closest('.leaflet-container') && !e.closest('svg'))
        .filter((e) => e.tagName !== 'LABEL' || e.querySelector('input') !== null)
        .map((e) => ({ text: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40), h: e.getBoundingClientRect().height }))
        .filter((e) => e.h > 0 && e.h < 44),
    );
    expect(small).toEqual([]);
    session.expectClean();
    await session.close();
  });

  it('folds the introduction to its heading and button, without a summary cut to two words', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const summary = session.page.locator('.intro-summary');
    const shown = await summary.evaluate((element) => ({ visible: element.checkVisibility(), cut: element.scrollWidth > element.clientWidth }));
    expect(shown.visible && shown.cut).toBe(false);
    expect(await session.page.getByRole('button', { name: /Lire la suite/ }).isVisible()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('opens a profile as a sheet over the page', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844, path: '?sel=c:neopolia' });
    const box = await session.page.getByTestId('detail-panel').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(389);
    expect(box && box.y + box.height).toBeCloseTo(844, 0);
    session.expectClean();
    await session.close();
  });
});

describe('zoomed to 200 %', () => {
  it('keeps everything reachable without horizontal scrolling (1280 × 900 at 200 % is 640 × 450 CSS px)', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 640, height: 450 });
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const name of [/Figure 1/, 'Sièges des clusters', 'Les données en tableaux']) {
      await page.getByRole('heading', { name }).scrollIntoViewIfNeeded();
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    session.expectClean();
    await session.close();
  });
});

/** Where Figure 1 and the map stand against the window on a first visit, and the smallest text Figure 1 draws. */
async function firstScreenGeometry(page: Page) {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-testid="figure1"]')!;
    const drawn = [...chart.querySelectorAll('text, [data-initiative-id], line, path')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
    const texts = [...chart.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const map = document.querySelector('[data-testid="hq-map"]')!.getBoundingClientRect();
    return {
      window: { width: innerWidth, height: innerHeight },
      drawnTop: Math.min(...drawn.map((r) => r.top)),
      drawnBottom: Math.max(...drawn.map((r) => r.bottom)),
      drawnLeft: Math.min(...drawn.map((r) => r.left)),
      drawnRight: Math.max(...drawn.map((r) => r.right)),
      marks: chart.querySelectorAll('[data-initiative-id]').length,
      smallestText: Math.min(...texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM()?.a ?? 1, t.getScreenCTM()?.b ?? 0))),
      mapVisible: Math.max(0, Math.min(map.bottom, innerHeight) - Math.max(map.top, 0)),
      mapTop: map.top,
      chartTop: chart.getBoundingClientRect().top,
    };
  });
}

describe('the first screen of a laptop answers the study’s question', () => {
  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    it(`${width}×${height}: Figure 1 whole in the window (axes, captions, every mark), 300 px of map or more beside it, text at least 11 px`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { width, height });
      const geometry = await firstScreenGeometry(session.page);
      expect(geometry.marks).toBe(studyDataset().initiatives.length);
      expect(geometry.drawnTop).toBeGreaterThanOrEqual(0);
      expect(geometry.drawnLeft).toBeGreaterThanOrEqual(0);
      expect(geometry.drawnRight).toBeLessThanOrEqual(width);
      expect(geometry.drawnBottom, 'Figure 1’s lowest drawing (its horizontal axis captions)').toBeLessThanOrEqual(height);
      expect(geometry.mapVisible).toBeGreaterThanOrEqual(300);
      expect(geometry.smallestText).toBeGreaterThanOrEqual(11);
      session.expectClean();
      await session.close();
    });
  }

  it('390×844 phone: the first screen reaches Figure 1', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const geometry = await firstScreenGeometry(session.page);
    expect(Math.min(geometry.chartTop, geometry.mapTop)).toBeLessThan(844 - 100);
    session.expectClean();
    await session.close();
  });

  it('the introduction is one line until asked, and stays open once opened (remembered)', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const toggle = page.getByRole('button', { name: /Lire la suite/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const folded = await page.locator('.intro').boundingBox();
    expect(folded!.height).toBeLessThan(48);
    await toggle.click();
    expect(await page.getByRole('button', { name: /Replier/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByText(/L’Apec a interrogé 15 d’entre eux/).isVisible()).toBe(true);
    await page.reload();
    await page.getByTestId('counts').waitFor();
    expect(await page.getByRole('button', { name: /Replier/ }).getAttribute('aria-expanded')).toBe('true');
    session.expectClean();
    await session.close();
  });
});

describe('the map says who is where', () => {
  it('opens every headquarters’ tooltip inside the map, whatever edge the marker is near', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const map = page.locator('[data-testid="hq-map"] .leaflet-container');
    const frame = (await map.boundingBox())!;
    const outside: string[] = [];
    for (const marker of await page.locator('[data-testid="hq-map"] [data-cluster-id]').all()) {
      const box = await marker.boundingBox();
      if (!box || box.y + box.height / 2 > frame.y + frame.height || box.y + box.height / 2 < frame.y) continue;
      await marker.hover({ force: true });
      const name = ((await marker.getAttribute('aria-label')) ?? '').split(' — ')[0]!;
      const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: name });
      await tooltip.waitFor();
      const t = (await tooltip.boundingBox())!;
      if (t.x < frame.x - 1 || t.y < frame.y - 1 || t.x + t.width > frame.x + frame.width + 1 || t.y + t.height > frame.y + frame.height + 1) {
        outside.push(`${await marker.getAttribute('data-cluster-id')}: ${Math.round(t.x)},${Math.round(t.y)} ${Math.round(t.width)}×${Math.round(t.height)}`);
      }
      await page.mouse.move(0, 0);
      await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBe(0);
    }
    expect(outside).toEqual([]);
    session.expectClean();
    await session.close();
  }, 60_000);


  it('words a tooltip in the language chosen since the page opened', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const marker = page.locator('[data-testid="hq-map"] [data-cluster-id="mecabourg"]');
    const tooltipOnHover = async () => {
      await marker.hover({ force: true });
      const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: 'Mécabourg' });
      await tooltip.waitFor();
      const text = await tooltip.textContent();
      await page.mouse.move(0, 0);
      await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBe(0);
      return text;
    };
    expect(await tooltipOnHover()).toContain('Grappe d’entreprises');
    await page.getByRole('button', { name: 'English' }).click();
    const english = await tooltipOnHover();
    expect(english).toContain('Business cluster');
    expect(english).toBe(await marker.getAttribute('aria-label'));
    session.expectClean();
    await session.close();
  });

  it('explains the dashed halo of a seat known by its department only, in the legend and in the exported legend', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const approximate = studyDataset().clusters.filter((c) => c.hq.precision === 'department');
    expect(approximate.length).toBeGreaterThan(0);
    expect(await page.locator('.is-approximate').count()).toBe(approximate.length);
    expect(await page.getByRole('list', { name: 'Légende de la carte' }).getByText('Halo pointillé : siège situé au chef-lieu du département (commune non précisée)').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Exporter/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image SVG' }).click()]);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(await file.path())).toString('utf8')).toContain('>Halo pointillé : siège situé au chef-lieu du département (commune non précisée)</text>');
    session.expectClean();
    await session.close();
  });
});

describe('tick boxes', () => {
  // A box beside a label that wraps was squeezed by its row (13 px against 18): the filter lists showed boxes of
  // two sizes, depending on how long each label is in the language shown.
  for (const [width, height, path] of [
    [1366, 768, ''],
    [1440, 900, '?lang=en'],
    [390, 844, '?lang=en'],
  ] as const) {
    it(`are all the same size in the filters, the map's options and the export choices, whatever their label, at ${width}×${height} (${path || 'fr'})`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { width, height, path });
      const { page } = session;
      if (width < 600) await page.getByRole('button', { name: /^Show \(0 active\)/ }).click();
      const sizesOf = (selector: string) =>
        page.evaluate((boxes) =>
          [...document.querySelectorAll<HTMLElement>(boxes)]
            .filter((box) => box.checkVisibility())
            .map((box) => {
              const r = box.getBoundingClientRect();
              return `${Math.round(r.width)}×${Math.round(r.height)}`;
            }),
        selector);
      const boxes = await sizesOf('.filter-option input, .map-option input');
      expect(boxes.length).toBeGreaterThan(20);
      expect(new Set(boxes)).toEqual(new Set(['18×18']));
      // The domains' symbols beside them, likewise.
      expect(new Set(await sizesOf('.filter-option .filter-symbol'))).toEqual(new Set(['14×14']));
      await openExportMenu(page, path ? ENGLISH_EXPORT_MENU : FRENCH_EXPORT_MENU);
      const choices = await sizesOf('.export-choices input');
      expect(choices.length).toBeGreaterThan(5);
      expect(new Set(choices)).toEqual(new Set(['18×18']));
      session.expectClean();
      await session.close();
    });
  }
});

describe('filtering keeps the layout still', () => {
  it('a filter changes no height above or of Figure 1 (each change would lay the figure out again and move the map)', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const heights = () =>
      page.evaluate(() => [document.querySelector('.page-header')!.getBoundingClientRect().height, document.querySelector('[data-testid="figure1"]')!.getBoundingClientRect().height]);
    const before = await heights();
    await page.getByRole('checkbox', { name: /Aider les entreprises du cluster/ }).check();
    await page.getByRole('checkbox', { name: 'Bretagne' }).check();
    await page.getByRole('checkbox', { name: 'Grand Est' }).check();
    expect(await heights()).toEqual(before);
    session.expectClean();
    await session.close();
  });
});

const NETWORK_FILE = 'reseau-synthetique-des-clusters.json';
let networkBody: string | null = null;
const network = () => (networkBody ??= JSON.stringify(generateNetwork(1000, 200, 42)));

describe('the counts in the header', () => {
  it.each([
    [1280, 800],
    [1366, 768],
    [1440, 900],
    [390, 844],
  ])('are whole at %i px, with Reset beside them and no text cut short, in French and English, filtered, empty or not', async (width, height) => {
    const paths = [
      '',
      '?lang=en',
      '?d=aider-recruter&r=Bretagne',
      '?lang=en&t=grappe-entreprises&iv=interviewed',
      // Nothing left: the counts say 0, and an empty view's hint shows only if it can be read.
      '?q=zzzz',
      // Imported data: the header's data button then names its file, and takes room from the counts and Reset.
      `?data=${NETWORK_FILE}&d=aider-recruter`,
      `?lang=en&data=${NETWORK_FILE}&d=aider-recruter`,
    ];
    for (const path of paths) {
      const linked = path.includes('data=');
      const session = await openDashboard(chromium(), inject('baseUrl'), {
        path,
        width,
        height,
        beforeOpen: (context) => context.route(`**/${NETWORK_FILE}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: network() })),
        // A linked network may replace the study before its markers are seen (it has none: its map is a canvas).
        waitForViews: !linked,
      });
      if (linked) await session.page.getByRole('button', { name: /^(Données :|Data:) / }).waitFor();
      const { page } = session;
      const layout = await page.evaluate(() => {
        const counts = document.querySelector('[data-testid="counts"] strong') as HTMLElement;
        const summary = document.querySelector('.page-header .view-summary') as HTMLElement;
        const reset = summary.querySelector('.reset-button') as HTMLElement;
        const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
        const box = summary.getBoundingClientRect();
        // The counts are cut when they run past the paragraph that clips them (with an ellipsis), or past the summary.
        const paragraph = counts.parentElement!.getBoundingClientRect();
        const whole = inside(counts.getBoundingClientRect(), paragraph) && inside(paragraph, box);
        // What a person sees cut short: a text partly inside the boxes that clip it (« (sur 31 initiati… », « Do… »,
        // « Réiniti »). A text wholly out of them is not shown, which is no defect.
        const clipOf = (node: Node) => {
          const clip = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
          for (let element = node.parentElement; element; element = element.parentElement) {
            const style = getComputedStyle(element);
            if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
              const r = element.getBoundingClientRect();
              Object.assign(clip, { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) });
            }
            if (element === summary) break;
          }
          return clip;
        };
        const cut: string[] = [];
        const texts = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          // Blank, not rendered (display: none), or for screen readers only.
          if (!node.textContent?.trim() || (text.width === 0 && text.height === 0) || node.parentElement?.closest('.visually-hidden')) continue;
          const clip = clipOf(node);
          const whollyIn = text.left >= clip.left - 0.5 && text.right <= clip.right + 0.5 && text.top >= clip.top - 0.5 && text.bottom <= clip.bottom + 0.5;
          const whollyOut = text.right <= clip.left || text.left >= clip.right || text.bottom <= clip.top || text.top >= clip.bottom;
          if (!whollyIn && !whollyOut) cut.push(node.textContent);
        }
        return { whole, resetShown: inside(reset.getBoundingClientRect(), box), text: counts.textContent, cut };
      });
      expect(layout.whole, `${width} ${path}: « ${layout.text} »`).toBe(true);
      expect(layout.resetShown, `${width} ${path}: Reset`).toBe(true);
      expect(layout.cut, `${width} ${path}: cut short`).toEqual([]);
      session.expectClean();
      await session.close();
    }
    // Seven pages, two of them with a 1,000-cluster network: 12–15 s in CI, and once past 30 s beside the heaviest tests.
  }, 60_000);
});

describe('a view that nothing matches', () => {
  it.each([
    [1366, 768],
    [390, 844],
  ])('says so over Figure 1 in the first screen at %i px, and the folded filters on a phone count the search', async (width, height) => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?q=zzzz', width, height });
    const { page } = session;
    const hint = page.locator('.chart-frame .chart-empty');
    expect(await hint.textContent()).toBe('Aucune initiative ni aucun cluster ne correspond à ces filtres : élargissez-les ou réinitialisez.');
    const [box, frame] = await Promise.all([hint.boundingBox(), page.locator('.chart-frame').boundingBox()]);
    // Whole, over the figure, and on the first screen.
    expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
    expect(box!.y).toBeGreaterThanOrEqual(frame!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(Math.min(frame!.y + frame!.height, height));
    if (width < 720) expect(await page.getByRole('button', { name: 'Afficher (1 actif)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await hint.waitFor({ state: 'detached' });
    session.expectClean();
    await session.close();
  });
});

describe('the search box', () => {
  it.each([['', 1280, 800], ['?lang=en', 1280, 800], ['', 1366, 768]])('shows its hint whole (%s at %i px)', async (path, width, height) => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path, width, height });
    const fits = await session.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const style = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { hint: input.placeholder, width: context.measureText(input.placeholder).width, room };
    });
    expect(fits.width, `« ${fits.hint} »`).toBeLessThanOrEqual(fits.room);
    await session.close();
  });
});
