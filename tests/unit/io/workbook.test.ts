import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { Dataset } from '../../../src/domain/schema';
import { createI18n } from '../../../src/i18n/i18n';
import { workbookBlob, workbookSheets, type SheetCell } from '../../../src/io/export/workbook';
import study from '../../../data/study.json';

const dataset = Dataset.parse(study);
const index = buildDatasetIndex(dataset);
const about = { title: 'T', filters: [], source: 'S', datasetVersion: '1.0.0', exportedOn: '29 November 2026', link: 'http://x/?lang=en' };

function sheetsIn(language: 'fr' | 'en') {
  const missing: string[] = [];
  const i18n = createI18n(language, (key) => missing.push(key));
  const sheets = workbookSheets(index, { initiatives: dataset.initiatives, clusters: dataset.clusters }, about, language, i18n.t);
  return { sheets, missing };
}

const columnOf = (data: SheetCell[][], header: string) => {
  const at = data[0]!.findIndex((cell) => cell?.value === header);
  expect(at, header).toBeGreaterThanOrEqual(0);
  return data.slice(1).map((row) => row[at] ?? null);
};

describe('workbookSheets', () => {
  it('names its sheets and headers in the interface’s language, every string found', () => {
    const french = sheetsIn('fr');
    const english = sheetsIn('en');
    expect(french.missing).toEqual([]);
    expect(english.missing).toEqual([]);
    expect(french.sheets.map((s) => s.sheet)).toEqual(['Initiatives', 'Clusters', 'À propos']);
    expect(english.sheets.map((s) => s.sheet)).toEqual(['Initiatives', 'Clusters', 'About']);
    expect(columnOf(english.sheets[1]!.data, 'Interviewed for the study').every((cell) => cell?.value === 'Yes' || cell?.value === 'No')).toBe(true);
  });

  it('types each cell: codes and ids as text (leading zeros kept), positions and coordinates as numbers', () => {
    const [initiatives, clusters] = sheetsIn('fr').sheets;
    const codes = columnOf(clusters!.data, 'Code INSEE').filter((cell) => cell !== null);
    expect(codes.every((cell) => cell!.type === String)).toBe(true);
    expect(codes.map((cell) => cell!.value)).toContain('01053');
    expect(columnOf(clusters!.data, 'Latitude').filter((cell) => cell !== null).every((cell) => cell!.type === Number)).toBe(true);
    expect(columnOf(initiatives!.data, 'audience').every((cell) => cell?.type === Number)).toBe(true);
    // The CSV's exact columns follow the human ones, for re-import.
    const headers = clusters!.data[0]!.map((cell) => cell?.value);
    expect(headers.indexOf('id')).toBeGreaterThan(headers.indexOf('Longitude'));
  });

  it('writes a real .xlsx (a zip holding the three sheets)', async () => {
    const blob = await workbookBlob(sheetsIn('fr').sheets);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const text = new TextDecoder('latin1').decode(bytes);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) expect(text).toContain(part);
  });
});
