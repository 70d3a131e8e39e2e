import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { highlightedMarkers, highlightedMarks, shownCounts, studyDataset } from '../helpers/dashboard';
import { exportFile } from '../helpers/exports';
import { openCsvInCalc, openWorkbookInCalc } from '../helpers/libreOffice';
import { decodePng } from '../helpers/pictures';

/** The coverage matrix: who covers what, following the filters, leading to both views, exported as a table and an image. */
const chromium = chromiumPerFile();
const study = studyDataset();

/** What the matrix must say, worked out here from the study's data on its own. */
function expectedCells(clusterId: string): Record<string, number> {
  return Object.fromEntries(study.domains.map((d) => [d.shortLabel.fr, study.initiatives.filter((i) => i.domain === d.id && i.clusters.includes(clusterId)).length]));
}

/** The matrix as a screen reader reads it: column headers, then each row's header and cells. */
async function readMatrix(page: Page): Promise<{ headers: string[]; rows: { name: string; cells: string[] }[] }> {
  const table = page.getByTestId('coverage-matrix');
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼↕]/g, '').trim());
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ name: tr.querySelector('th')?.textContent?.trim() ?? '', cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim().replace(/\D.*$/, '') ?? '') })),
  );
  return { headers, rows };
}

describe('the coverage matrix', () => {
  it('counts what each visible cluster runs per domain, as a table a screen reader can read, sortable, kept in the link', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByRole('heading', { name: 'Matrice de couverture : qui agit dans quel domaine' }).waitFor();
    await page.getByText(/^Afficher la matrice \(32 clusters × 6 domaines\)/).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mx')).toBe('cluster');

    const table = page.getByRole('table', { name: 'Initiatives menées par chaque cluster visible, par domaine' });
    await table.waitFor();
    const { headers, rows } = await readMatrix(page);
    expect(headers).toEqual(['Cluster', ...study.domains.map((d) => d.shortLabel.fr), 'Total']);
    expect(rows).toHaveLength(study.clusters.length);
    for (const row of rows.slice(0, 8)) {
      const id = study.clusters.find((c) => c.name === row.name)!.id;
      const expected = expectedCells(id);
      expect(row.cells.slice(0, -1).map(Number), row.name).toEqual(Object.values(expected));
      expect(Number(row.cells.at(-1))).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    }
    // Most active first by default; a click on « Total » turns the order round, and aria-sort says so.
    const totals = rows.map((row) => Number(row.cells.at(-1)));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await table.getByRole('button', { name: 'Trier par Total' }).click();
    expect(await table.locator('th[aria-sort="ascending"]').innerText()).toContain('Total');
    const ascending = (await readMatrix(page)).rows.map((row) => Number(row.cells.at(-1)));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // A cell is named by its row and column: the row header and the button's words.
    const mecabourg = page.getByRole('rowheader', { name: 'Mécabourg' });
    expect(await mecabourg.count()).toBe(1);
    expect(await table.getByRole('button', { name: /^Mécabourg, Accompagner les entreprises .* : 5 initiatives\. Montrer dans la figure 1 et la carte$/ }).count()).toBe(1);

    // Columns by coverage: the most covered domain first, as the « qui agissent » line says.
    await page.getByRole('radio', { name: 'du domaine le plus couvert au moins couvert' }).check();
    const acting = await table.locator('tfoot td').allInnerTexts();
    const actingCounts = acting.filter((text) => text.trim() !== '').map(Number);
    expect(actingCounts).toEqual([...actingCounts].sort((a, b) => b - a));
    const byClusters = study.domains.map((d) => ({ label: d.shortLabel.fr, acting: new Set(study.initiatives.filter((i) => i.domain === d.id).flatMap((i) => i.clusters)).size }));
    expect(actingCounts).toEqual(byClusters.map((d) => d.acting).sort((a, b) => b - a));

    await page.reload();
    await page.getByTestId('coverage-matrix').waitFor();
    expect(await page.getByRole('radio', { name: 'cluster', exact: true }).isChecked()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('follows the filters, groups by region, and shows a chosen cell in Figure 1 and on the map', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?mx=cluster&t=grappe-entreprises' });
    const { page } = session;
    await page.getByTestId('coverage-matrix').waitFor();
    const { clusters } = await shownCounts(page);
    expect((await readMatrix(page)).rows).toHaveLength(clusters);

    // Mécabourg × « Accompagner en RH »: Figure 1 keeps that domain, Mécabourg stands out in both views.
    const domain = study.domains.find((d) => d.shortLabel.fr === 'Accompagner en RH')!;
    await page.getByRole('button', { name: /^Mécabourg, Accompagner les entreprises .* : 5 initiatives/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe(domain.id);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('c:mecabourg');
    const expected = study.initiatives.filter((i) => i.domain === domain.id && i.clusters.includes('mecabourg')).map((i) => i.id).sort();
    await expect.poll(() => highlightedMarks(page)).toEqual(expected);
    expect(await highlightedMarkers(page)).toEqual(['mecabourg']);
    // The reader is taken to what changed: the views at the top of the window, the cluster's profile (its heading focused).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    const viewsTop = await page.locator('#views').evaluate((views) => views.getBoundingClientRect().top);
    expect(viewsTop).toBeGreaterThanOrEqual(0);
    expect(viewsTop).toBeLessThan(300);

    // One row per region: a row per region of the visible clusters, and the region filter from a cell.
    await page.getByRole('radio', { name: 'région', exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('mx')).toBe('region');
    const byRegion = await readMatrix(page);
    expect(byRegion.headers.slice(0, 3)).toEqual(['Région', 'Clusters', 'Accompagner en RH']);
    const regionOf = (id: string) => study.clusters.find((c) => c.id === id)!.hq.region?.today;
    const runners = new Set(study.initiatives.filter((i) => i.domain === domain.id).flatMap((i) => i.clusters).filter((id) => study.clusters.find((c) => c.id === id)!.type === 'grappe-entreprises'));
    expect(byRegion.rows.map((row) => row.name).sort()).toEqual([...new Set([...runners].map(regionOf))].sort());
    session.expectClean();
    await session.close();
  });

  it('exports as CSV and in the workbook (numbers stay numbers in LibreOffice) and as an image that draws the page’s cells', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?mx=cluster', width: 1366, height: 768 });
    const { page } = session;
    await page.getByTestId('coverage-matrix').waitFor();
    const onPage = await readMatrix(page);

    const csv = await openCsvInCalc((await exportFile(page, 'Matrice de couverture (CSV)', [/^point-virgule/])).bytes, ';', 'fr-FR');
    expect(csv[0]!.map((cell) => cell.text)).toEqual(onPage.headers);
    expect(csv.slice(1, -1).map((row) => row[0]!.text)).toEqual(onPage.rows.map((row) => row.name));
    expect(csv.slice(1, -1).flatMap((row) => row.slice(1)).every((cell) => cell.number)).toBe(true);
    expect(csv.at(-1)![0]!.text).toBe('Clusters qui agissent');

    const workbook = await openWorkbookInCalc((await exportFile(page, 'Classeur Excel (.xlsx)')).bytes);
    const sheet = workbook['Matrice']!;
    expect(sheet, 'a « Matrice » sheet').toBeDefined();
    expect(sheet[1]!.map((cell) => cell.text)).toEqual([onPage.rows[0]!.name, ...onPage.rows[0]!.cells]);

    // The SVG says the same numbers in the same order; the PNG (decoded) and librsvg draw the darkest cells where the SVG puts them.
    await page.getByRole('radio', { name: 'Matrice de couverture' }).check();
    const svg = (await exportFile(page, 'Image SVG')).bytes.toString('utf8');
    const inSvg = (text: string) => svg.includes(`>${text.replaceAll('&', '&amp;').replaceAll("'", '&apos;')}<`);
    expect(inSvg('Matrice de couverture : qui agit dans quel domaine'), 'title').toBe(true);
    expect(inSvg(study.meta.sourceLine.fr), 'source').toBe(true);
    for (const row of onPage.rows.slice(0, 5)) expect(inSvg(row.name), row.name).toBe(true);
    const darkest = '#08306b';
    const darkCells = onPage.rows.flatMap((row) => row.cells.slice(0, -1)).filter((count) => Number(count) === Math.max(...onPage.rows.flatMap((r) => r.cells.slice(0, -1).map(Number)))).length;
    expect(svg.split(`fill="${darkest}"`).length - 2, 'darkest cells in the SVG (one more in the legend)').toBe(darkCells);
    const png = decodePng((await exportFile(page, 'Image PNG', [/^2×/])).bytes);
    const darkPixels = (image: ReturnType<typeof decodePng>) => {
      let count = 0;
      for (let i = 0; i < image.data.length; i += 4) if (Math.abs(image.data[i]! - 0x08) + Math.abs(image.data[i + 1]! - 0x30) + Math.abs(image.data[i + 2]! - 0x6b) < 12) count += 1;
      return count;
    };
    // A cell is 86 × 22 px inside its rules, the legend's swatch 15 × 11, at 2×.
    const expectedDark = (darkCells * 86 * 22 + 15 * 11) * 4;
    expect(darkPixels(png) / expectedDark).toBeGreaterThan(0.85);
    expect(darkPixels(png) / expectedDark).toBeLessThan(1.15);
    const dir = mkdtempSync(join(tmpdir(), 'matrix-'));
    writeFileSync(join(dir, 'matrix.svg'), svg);
    execFileSync('rsvg-convert', ['-z', '2', '-o', join(dir, 'matrix.png'), join(dir, 'matrix.svg')]);
    const { readFileSync } = await import('node:fs');
    const rsvg = decodePng(readFileSync(join(dir, 'matrix.png')));
    expect(darkPixels(rsvg) / expectedDark).toBeGreaterThan(0.85);
    expect(darkPixels(rsvg) / expectedDark).toBeLessThan(1.15);
    session.expectClean();
    await session.close();
  });

  it('on a phone: its choices and the profile’s are 44 px targets, and the table scrolls sideways within the page', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?mx=cluster&lang=en', width: 390, height: 844, deviceScaleFactor: 2 });
    const { page } = session;
    await page.getByRole('heading', { name: 'Coverage matrix: who acts in which domain' }).waitFor();
    // The table's part loads when the matrix is first unfolded.
    await page.getByTestId('coverage-matrix').waitFor();
    const heights = await page.locator('#matrix .matrix-choice label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBe(5);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.getByRole('region', { name: 'Table scrolling sideways' }).count()).toBe(1);

    await page.goto(new URL('?sel=c:mecabourg&lang=en', inject('baseUrl')).toString());
    const choices = page.locator('section.comparable [role="radiogroup"] label');
    await choices.first().waitFor();
    const profileHeights = await choices.evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    expect(profileHeights.length).toBe(4);
    for (const height of profileHeights) expect(height).toBeGreaterThanOrEqual(44);
    session.expectClean();
    await session.close();
  });
});
