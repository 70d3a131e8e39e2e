import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';
import { ENGLISH_EXPORT_MENU, exportFile } from '../helpers/exports';
import { openCsvInCalc, type CalcCell } from '../helpers/libreOffice';

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

describe('CSV exports opened in LibreOffice Calc', () => {
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
});
