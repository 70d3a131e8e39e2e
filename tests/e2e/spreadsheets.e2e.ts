import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';
import { ENGLISH_EXPORT_MENU, exportFile } from '../helpers/exports';
import { openCsvInCalc, openWorkbookInCalc, saveInCalc, type CalcCell } from '../helpers/libreOffice';

/**
 * The CSV files as our users' spreadsheet reads them: downloaded from the
 * page, opened in LibreOffice Calc in a French or English locale, and checked
 * cell by cell for what became a number and what stayed text.
 */
const chromium = chromiumPerFile();
const study = studyDataset();

function column(sheet: CalcCell[][], name: string): CalcCell[] {
  const index = sheet[0]!.findIndex((cell) => cell.text === name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return sheet.slice(1).map((row) => row[index]!);
}

describe('CSV and workbook exports opened in LibreOffice Calc', () => {
  it('French interface: the default semicolon file gives numbers, not text, to a French spreadsheet', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const initiatives = await openCsvInCalc((await exportFile(page, 'Initiatives (CSV)')).bytes, ';', 'fr-FR');
    expect(initiatives).toHaveLength(study.initiatives.length + 1);
    for (const name of ['audience', 'horizon']) {
      const cells = column(initiatives, name);
      expect(cells.filter((cell) => !cell.number).map((cell) => cell.text), `${name} read as text`).toEqual([]);
    }
    // Values unchanged: Calc's number is the dataset's.
    const byId = new Map(study.initiatives.map((i) => [i.id, i]));
    const ids = column(initiatives, 'id');
    column(initiatives, 'audience').forEach((cell, row) => expect(Number(cell.text)).toBeCloseTo(byId.get(ids[row]!.text)!.audience, 6));
    const clusters = await openCsvInCalc((await exportFile(page, 'Clusters (CSV)')).bytes, ';', 'fr-FR');
    for (const name of ['lat', 'lon']) {
      const cells = column(clusters, name).filter((cell) => cell.text !== '');
      expect(cells.length).toBeGreaterThan(20);
      expect(cells.filter((cell) => !cell.number).map((cell) => cell.text), `${name} read as text`).toEqual([]);
    }
    // The readable form: headers and labels in words, numbers still numbers.
    const readable = await openCsvInCalc((await exportFile(page, 'Initiatives (CSV)', [/^lisible/])).bytes, ';', 'fr-FR');
    expect(readable[0]!.slice(0, 3).map((cell) => cell.text)).toEqual(['Initiative', 'Domaine', 'Public visé']);
    expect(column(readable, 'Délai des effets').map((cell) => cell.text)).toContain('court terme (moins de 6 mois)');
    expect(column(readable, 'Public visé (0 = entreprises membres, 1 = public plus large)').every((cell) => cell.number)).toBe(true);
    // Names and labels stay text, accents intact.
    expect(column(clusters, 'name').every((cell) => !cell.number)).toBe(true);
    expect(column(initiatives, 'label_fr').map((cell) => cell.text)).toContain(study.initiatives[0]!.label.fr);
    session.expectClean();
    await session.close();
  });

  it('English interface: the default comma file gives numbers to an English spreadsheet', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?lang=en' });
    const { page } = session;
    const initiatives = await openCsvInCalc((await exportFile(page, 'Initiatives (CSV)', [], ENGLISH_EXPORT_MENU)).bytes, ',', 'en-US');
    for (const name of ['audience', 'horizon']) expect(column(initiatives, name).every((cell) => cell.number), name).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('the workbook of a filtered view: four sheets (the coverage matrix among them), human headers, codes kept as text, numbers as numbers, the view described', async () => {
    // Brittany and Auvergne-Rhône-Alpes: department codes 22, 29, 35, 56 and 01 to 74 (Ain is 01).
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?r=Bretagne,Auvergne-Rh%C3%B4ne-Alpes' });
    const { page } = session;
    const file = await exportFile(page, 'Classeur Excel (.xlsx)');
    expect(file.name).toMatch(/^clusters-emploi_donnees_.*\.xlsx$/);
    const book = await openWorkbookInCalc(file.bytes);
    expect(Object.keys(book).sort()).toEqual(['Clusters', 'Initiatives', 'Matrice', 'À propos']);

    const clusters = book.Clusters!;
    const shown = study.clusters.filter((c) => ['Bretagne', 'Auvergne-Rhône-Alpes'].includes(c.hq.region?.today ?? ''));
    expect(clusters).toHaveLength(shown.length + 1);
    expect(clusters[0]!.slice(0, 3).map((cell) => cell.text)).toEqual(['Cluster', 'Type', 'Interrogé par l’étude']);
    // Codes are text, leading zeros kept; coordinates are numbers.
    const codes = column(clusters, 'Code INSEE').filter((cell) => cell.text !== '');
    expect(codes.every((cell) => !cell.number)).toBe(true);
    expect(codes.map((cell) => cell.text)).toContain('01053');
    const departments = column(clusters, 'Code du département').map((cell) => cell.text);
    expect(departments.sort()).toEqual(shown.map((c) => c.hq.departmentCode ?? '').sort());
    expect(column(clusters, 'Latitude').filter((cell) => cell.text !== '').every((cell) => cell.number)).toBe(true);
    expect(column(clusters, 'Interrogé par l’étude').every((cell) => ['Oui', 'Non'].includes(cell.text))).toBe(true);
    // The machine columns, for re-import, at the right.
    expect(column(clusters, 'id').map((cell) => cell.text).sort()).toEqual(shown.map((c) => c.id).sort());

    const initiatives = book.Initiatives!;
    expect(column(initiatives, 'Public visé (0 = entreprises membres, 1 = public plus large)').every((cell) => cell.number)).toBe(true);
    expect(column(initiatives, 'Délai des effets').map((cell) => cell.text)).toContain('court terme (moins de 6 mois)');

    // The matrix follows the filters: a row per cluster shown, counts as numbers.
    const matrix = book.Matrice!;
    expect(matrix.slice(1, -1).map((row) => row[0]!.text).sort()).toEqual(shown.map((c) => c.name).sort());
    expect(matrix.slice(1, -1).flatMap((row) => row.slice(1)).every((cell) => cell.number)).toBe(true);

    const about = Object.fromEntries(book['À propos']!.map((row) => [row[0]!.text, row[1]?.text ?? '']));
    expect(about.Titre).toContain('Bretagne');
    expect(about.Filtres).toContain('Bretagne');
    expect(about.Source).toContain('Apec');
    expect(about['Version des données']).toBe(study.meta.datasetVersion);
    expect(about['Lien vers la vue']).toContain('r=Bretagne');
    session.expectClean();
    await session.close();
  });

  it('the workbook goes back in: imported by the file picker, it gives the clusters and initiatives it was exported from', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const file = await exportFile(page, 'Classeur Excel (.xlsx)');
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('button', { name: /^Importer vos données/ }).click();
    await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.bytes }]);
    await page.getByRole('button', { name: `Données : ${file.name}` }).waitFor();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    // And by a link to a workbook on the same site.
    await session.context.route('**/reseau/classeur.xlsx', (route) => route.fulfill({ status: 200, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: file.bytes }));
    await page.goto(new URL('?data=reseau/classeur.xlsx', inject('baseUrl')).toString());
    await page.getByRole('button', { name: 'Données : classeur.xlsx' }).waitFor();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    session.expectClean();
    await session.close();
  });

  it('the import templates: the workbook with its instructions, and CSV files a French spreadsheet reads as numbers', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByRole('button', { name: /^Importer vos données/ }).click();
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };
    const workbook = await download('classeur Excel avec mode d’emploi');
    expect(workbook.name).toBe('modele-reseau.xlsx');
    const book = await openWorkbookInCalc(workbook.bytes);
    expect(Object.keys(book).sort()).toEqual(['Clusters', 'Initiatives', 'Mode d’emploi']);
    expect(column(book.Clusters!, 'insee_code').map((cell) => cell.text)).toContain('01053');
    const guide = book['Mode d’emploi']!.map((row) => row.map((cell) => cell.text).join(' ')).join('\n');
    expect(guide).toContain('aider-recruter (Aider les entreprises du cluster à recruter)');
    expect(book.Clusters).toHaveLength(5);
    const initiatives = await openCsvInCalc((await download('initiatives (CSV)')).bytes, ';', 'fr-FR');
    expect(column(initiatives, 'audience').every((cell) => cell.number)).toBe(true);
    expect(initiatives).toHaveLength(4);
    session.expectClean();
    await session.close();
  });

  it('a template whose code does not load says so in French, and « Réessayer » downloads it once the connection is back', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    // The templates' code is fetched on the first click: the connection drops just before.
    await page.route('**/assets/templates-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /^Importer vos données/ }).click();
    await page.getByRole('button', { name: 'clusters (CSV)' }).click();
    const said = page.getByRole('alert');
    await expect.poll(() => said.textContent()).toContain('Le modèle n’a pas pu être créé, son code n’ayant pas pu être chargé');
    expect(await said.textContent()).not.toMatch(/fetch|module|import/i);
    await page.unroute('**/assets/templates-*.js');
    const [file] = await Promise.all([page.waitForEvent('download'), said.getByRole('button', { name: 'Réessayer' }).click()]);
    expect(file.suggestedFilename()).toBe('modele-clusters.csv');
    await expect.poll(() => said.count()).toBe(0);
    // The browser's own report of the refused request is the only error in the console.
    expect(session.consoleErrors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });

  it('imports what LibreOffice Calc saved in French: a workbook, and a CSV with semicolons, decimal commas and Windows-1252', async () => {
    const sheet =
      'name;type;sector_fr;commune;insee_code;lat;lon\n' +
      'Mécabourg;grappe-entreprises;Mécanique, métallurgie;Bourg-en-Bresse;01053;46,2057;5,2258\n' +
      'Solo;ptce;Bois;Nantes;44109;47,2184;-1,5536\n';
    const csv = await saveInCalc(sheet, 'csv', [5]);
    // What French Calc wrote: the accents in Windows-1252, decimal commas, the code column as text.
    expect(csv.includes(Buffer.from('M\xe9cabourg', 'latin1'))).toBe(true);
    expect(csv.toString('latin1')).toContain(';01053;46,2057;5,2258');
    const workbook = await saveInCalc(sheet, 'xlsx', [5]);

    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    for (const [name, bytes] of [['feuille.csv', csv], ['feuille.xlsx', workbook]] as const) {
      await page.getByRole('button', { name: /^Importer vos données|^Données :/ }).click();
      await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name, mimeType: 'application/octet-stream', buffer: bytes }]);
      await page.getByRole('button', { name: `Données : ${name}` }).waitFor();
      await page.keyboard.press('Escape');
      expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 2 });
      // Both placed on the map from their decimal-comma coordinates, the accents intact.
      const markers = await page.locator('[data-testid="hq-map"] [data-cluster-id]').evaluateAll((list) => list.map((m) => m.getAttribute('aria-label')));
      expect(markers).toHaveLength(2);
      expect(markers.some((label) => label?.startsWith('Mécabourg — Bourg-en-Bresse'))).toBe(true);
    }
    session.expectClean();
    await session.close();
  });
});
