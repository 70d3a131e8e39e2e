import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';

/** Advice a profile gives: what comparable clusters do that this one does not. */
const chromium = chromiumPerFile();
const study = studyDataset();

describe('what comparable clusters do, in a cluster’s profile', () => {
  it('lists what other clusters of the same type run and this one does not, leads to who runs it, and keeps the reader’s choice in the link', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?sel=c:mecabourg' });
    const { page } = session;
    const section = page.locator('section.comparable');
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();
    expect(await section.getByRole('radio', { name: 'même type' }).isChecked()).toBe(true);
    const items = section.locator('ol > li');
    expect(await items.count()).toBeGreaterThan(0);
    const mecabourgInitiatives = new Set(study.initiatives.filter((i) => i.clusters.includes('mecabourg')).map((i) => i.label.fr));
    for (const label of await items.locator('> button').allTextContents()) expect(mecabourgInitiatives.has(label)).toBe(false);

    // Who runs it: a link to that cluster's profile.
    const runner = items.first().locator('p').last().getByRole('button').first();
    const runnerName = (await runner.textContent()) ?? '';
    await runner.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`c:${study.clusters.find((c) => c.name === runnerName)!.id}`);
    await page.goBack();
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();

    await section.getByRole('radio', { name: 'même région' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('like')).toBe('region');
    expect(await section.innerText()).toContain('Auvergne-Rhône-Alpes');
    await page.reload();
    expect(await page.locator('section.comparable').getByRole('radio', { name: 'même région' }).isChecked()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('suggests nothing for a cluster the study only cites, and says why', async () => {
    const cited = study.clusters.find((c) => !c.interviewed)!;
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?sel=c:${cited.id}` });
    const section = session.page.locator('section.comparable');
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();
    expect(await section.innerText()).toContain('seulement cité en exemple');
    expect(await section.locator('ol > li').count()).toBe(0);
    session.expectClean();
    await session.close();
  });
});

describe('where nobody acts, on Figure 1', () => {
  it('draws the study’s nine cells, counts what the filters show, hatches the empty ones, names each cell’s initiatives, keeps it in the link and in the export', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?d=aider-recruter' });
    const { page } = session;
    await page.getByRole('checkbox', { name: 'Où personne n’agit (cases de l’étude)' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('ws')).toBe('1');
    const cells = page.getByTestId('white-space').locator('[data-cell]');
    expect(await cells.count()).toBe(9);
    const counts = await cells.evaluateAll((list) => list.map((cell) => Number(cell.getAttribute('data-count'))));
    const recruiting = study.initiatives.filter((i) => i.domain === 'aider-recruter');
    expect(counts.reduce((a, b) => a + b, 0)).toBe(recruiting.length);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThan(0);

    // Each cell is reached from the keyboard and says what it holds.
    const full = cells.filter({ has: page.locator('rect:not([fill^="url"])') }).first();
    const label = (await full.getAttribute('aria-label')) ?? '';
    expect(recruiting.some((i) => label.includes(i.label.fr))).toBe(true);
    const empty = page.getByTestId('white-space').locator('[data-count="0"]').first();
    expect(await empty.getAttribute('aria-label')).toContain('aucune initiative');
    await empty.focus();
    expect(await empty.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('.chart-note').filter({ hasText: 'là où personne n’agit' }).count()).toBe(1);

    // The exported image carries the grid.
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('radio', { name: 'Figure 1 seule' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image SVG' }).click()]);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain('white-space-hatch');
    expect((svg.match(/data-cell="/g) ?? []).length).toBe(9);
    // The image says what the cells mean, as the page does.
    expect(svg).toContain('hachurée, aucune');

    await page.reload();
    await expect.poll(() => page.getByTestId('white-space').locator('[data-cell]').count()).toBe(9);
    session.expectClean();
    await session.close();
  });

  for (const [path, width, height] of [
    ['?t=grappe-entreprises&iv=interviewed&ws=1', 1366, 768],
    ['?ws=1', 1366, 768],
    ['?ws=1', 1440, 900],
    ['?ws=1', 390, 844],
  ] as const) {
    it(`writes each cell's count clear of every label, domain name and mark (${path}, ${width} px)`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { path, width, height });
      const { page } = session;
      await page.getByTestId('white-space').locator('[data-cell]').first().waitFor();
      const overlaps = await page.evaluate(() => {
        const boxOf = (element: Element) => element.getBoundingClientRect();
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const figure = document.querySelector('[data-testid="figure1"]')!;
        const labels = [...figure.querySelectorAll('.labels text, .regions text')].map((text) => ({ what: text.textContent ?? '', box: boxOf(text) }));
        // A mark as drawn (its symbol, a case study's ring), not its larger transparent target.
        const marks = [...figure.querySelectorAll('.marks [data-initiative-id]')].flatMap((mark) =>
          [...mark.querySelectorAll('path, circle:not([fill="transparent"])')].map((shape) => ({ what: mark.getAttribute('data-initiative-id') ?? '', box: boxOf(shape) })),
        );
        return [...figure.querySelectorAll('[data-cell] text')].flatMap((count) =>
          [...labels, ...marks].filter((other) => meet(boxOf(count), other.box)).map((other) => `${count.textContent} × ${other.what}`),
        );
      });
      expect(overlaps).toEqual([]);
      session.expectClean();
      await session.close();
    });
  }
});
