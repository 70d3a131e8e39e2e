import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';
import { exportFile } from '../helpers/exports';

const chromium = chromiumPerFile();

/** About 200,000 characters, in words (a careless paste) — and one unbroken word, which no wrap can break. */
const longWords = (start: string) => `${start} ${'très long libellé collé plusieurs fois '.repeat(5_200)}`.trim();
const longWord = (start: string) => `${start}${'x'.repeat(200_000)}`;

function datasetWithLongNames() {
  const dataset = studyDataset();
  const [domain] = dataset.domains;
  domain!.label = { fr: longWords('Domaine'), en: longWords('Domain') };
  domain!.shortLabel = { fr: longWord('Court'), en: longWord('Short') };
  const initiative = dataset.initiatives.find((i) => i.domain === domain!.id)!;
  initiative.label = { fr: longWord('Initiative'), en: longWord('Initiative') };
  const cluster = dataset.clusters.find((c) => c.hq.lat !== null)!;
  cluster.name = longWords('Cluster');
  return { dataset, domain: domain!, initiative, cluster };
}

async function importDataset(page: Page, json: string) {
  await page.getByRole('button', { name: /^Importer vos données/ }).click();
  await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(json) }]);
  await page.getByText(/Données chargées/).waitFor();
  await page.getByRole('button', { name: 'Fermer', exact: true }).click();
}

/** Every text of an SVG drawing, with its box in the drawing's own units, as Chromium lays it out. */
async function textBoxes(browser: Browser, markup: string) {
  const page = await browser.newPage();
  await page.setContent(`<body style="margin:0">${markup}</body>`);
  const result = await page.evaluate(() => {
    const svg = document.querySelector('svg')!;
    const frame = { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
    const texts = [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      const origin = svg.getBoundingClientRect();
      return { text: text.textContent ?? '', left: box.left - origin.left, right: box.right - origin.left, top: box.top - origin.top, bottom: box.bottom - origin.top };
    });
    return { frame, texts };
  });
  await page.close();
  return result;
}

describe('very long names (issue #18, finding 16)', { timeout: 120_000 }, () => {
  for (const [name, choices] of [
    ['a page', []],
    ['a slide', ['Diapositive 16:9']],
  ] as const) {
    it(`are shortened with an ellipsis in ${name}, which keeps its frame`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
      const { page } = session;
      const { dataset } = datasetWithLongNames();
      await importDataset(page, JSON.stringify(dataset));
      const markup = (await exportFile(page, 'Image SVG', choices)).bytes.toString('utf8');
      const { frame, texts } = await textBoxes(chromium(), markup);
      expect(frame.width).toBeLessThanOrEqual(2000);
      const outside = texts.filter((t) => t.left < -1 || t.right > frame.width + 1 || t.bottom > frame.height + 1).map((t) => t.text.slice(0, 60));
      expect(outside, 'texts that run out of the frame').toEqual([]);
      const long = texts.filter((t) => t.text.length > 400).map((t) => `${t.text.slice(0, 60)}… (${t.text.length})`);
      expect(long, 'texts too long to be read in a drawing').toEqual([]);
      // The domain's name in the legend: on two lines, the second cut with an ellipsis.
      const named = texts.findIndex((t) => t.text.startsWith('Domaine très long'));
      expect(named, 'the domain named in the legend').toBeGreaterThanOrEqual(0);
      expect(texts.slice(named, named + 2).map((t) => t.text.endsWith('…'))).toContain(true);
      session.expectClean();
      await session.close();
    });
  }

  it('are shortened on screen in Figure 1, and kept whole where they are read', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 1366, height: 768 });
    const { page } = session;
    const { dataset, initiative } = datasetWithLongNames();
    await importDataset(page, JSON.stringify(dataset));
    const figure = page.getByTestId('figure1');
    const overflow = await figure.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((text) => {
          const box = text.getBoundingClientRect();
          return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
        })
        .map((text) => (text.textContent ?? '').slice(0, 60));
    });
    expect(overflow, 'labels that run out of Figure 1').toEqual([]);
    // The legend under Figure 1 holds the name in two lines, so the views keep the first screen's height.
    const legendName = page.getByRole('list', { name: 'Légende de la figure' }).first().getByRole('listitem').first();
    expect(await legendName.textContent()).toContain(dataset.domains[0]!.label.fr);
    expect((await legendName.boundingBox())!.height).toBeLessThan(50);
    expect((await page.getByTestId('hq-map').boundingBox())!.height).toBeLessThan(768);
    const mark = figure.locator(`[data-initiative-id="${initiative.id}"]`).first();
    expect(await mark.getAttribute('aria-label')).toContain(initiative.label.fr);
    session.expectClean();
    await session.close();
  });
});
