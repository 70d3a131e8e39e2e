import writeExcelFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { Dataset } from '../../../src/domain/schema';
import { createI18n } from '../../../src/i18n/i18n';
import { workbookBlob, workbookSheets } from '../../../src/io/export/workbook';
import { importSources } from '../../../src/io/import/importSources';
import study from '../../../data/study.json';
import { shippedGeocoder } from '../../helpers/communeList';

// Seats with a commune and coordinates are checked against the shipped commune list.
const geocoder = shippedGeocoder();

const dataset = Dataset.parse(study);
const options = { delimiter: 'auto' as const, frame: dataset, loadGeocoder: () => Promise.resolve(geocoder), now: new Date('2026-11-29T00:00:00Z') };
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('importing an Excel workbook', () => {
  it('reads back the workbook the dashboard exports, in either language: same clusters, initiatives, codes and positions', async () => {
    for (const language of ['fr', 'en'] as const) {
      const i18n = createI18n(language);
      const about = { title: 'T', filters: [], source: 'S', datasetVersion: '1', exportedOn: 'today', link: 'http://x' };
      const sheets = workbookSheets(buildDatasetIndex(dataset), { initiatives: dataset.initiatives, clusters: dataset.clusters }, about, language, i18n.t);
      const outcome = await importSources([{ name: 'donnees.xlsx', bytes: await bytesOf(await workbookBlob(sheets)) }], options);
      expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems.slice(0, 3))).toBe(true);
      if (!outcome.ok) continue;
      const imported = outcome.dataset;
      // The study's seats agree with their communes: checking them raises no alarm.
      expect(outcome.warnings.map((w) => w.code).filter((code) => code !== 'case-study-ignored')).toEqual([]);
      expect(imported.clusters.map((c) => [c.id, c.name, c.hq.inseeCode, c.hq.departmentCode, c.hq.lat, c.hq.lon, c.interviewed])).toEqual(
        dataset.clusters.map((c) => [c.id, c.name, c.hq.inseeCode, c.hq.departmentCode, c.hq.lat, c.hq.lon, c.interviewed]),
      );
      expect(imported.initiatives.map((i) => [i.id, i.domain, i.audience, i.horizon, i.clusters])).toEqual(dataset.initiatives.map((i) => [i.id, i.domain, i.audience, i.horizon, i.clusters]));
    }
  });

  it('reads a workbook made by hand: codes typed as numbers get their zeros back, decimals typed as text, notes and empty rows left aside', async () => {
    const header = ['name', 'type', 'sector_fr', 'commune', 'insee_code', 'department_code', 'lat', 'lon', 'founded'];
    const blob = await writeExcelFile([
      { sheet: 'Notes', data: [['Liste mise à jour par le réseau'], ['à relire']] },
      {
        sheet: 'Nos clusters',
        data: [
          header,
          ['Bresse Industrie', 'grappe', 'Plasturgie', 'Bourg-en-Bresse', 1053, 1, 46.2052, 5.2255, { value: new Date('2014-06-01T00:00:00Z'), format: 'dd/mm/yyyy' }],
          ['Solo', 'ptce', 'Bois', 'Nantes', '44109', '44', '47,2184', '-1,5536', null],
          [null, null, null, null, null, null, null, null, null],
          [null, null, null, null, null, null, null, null, null],
        ],
      },
    ]).toBlob();
    const outcome = await importSources([{ name: 'reseau.xlsx', bytes: await bytesOf(blob) }], options);
    expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters.map((c) => [c.name, c.hq.inseeCode, c.hq.departmentCode, c.hq.lat, c.hq.lon])).toEqual([
      ['Bresse Industrie', '01053', '01', 46.2052, 5.2255],
      ['Solo', '44109', '44', 47.2184, -1.5536],
    ]);
  });

  it('says where each problem is: workbook, sheet, row as the spreadsheet numbers it, column; a title row above the table is skipped', async () => {
    const blob = await writeExcelFile([
      { sheet: 'Clusters', data: [['Liste des clusters du réseau'], [], ['name', 'type', 'sector_fr', 'lat', 'lon'], ['A', 'ptce', 'Bois', 46, 2], [], ['B', 'fusée', 'Bois', 46, 2]] },
    ]).toBlob();
    const outcome = await importSources([{ name: 'reseau.xlsx', bytes: await bytesOf(blob) }], options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ file: 'reseau.xlsx › Clusters', line: 6, column: 'type', code: 'type-unknown' })]);
  });

  it('refuses a file that looks like a workbook but is not one, saying so', async () => {
    const outcome = await importSources([{ name: 'book.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]) }], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ file: 'book.xlsx', code: 'not-workbook' });
  });
});
