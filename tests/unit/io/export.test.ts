import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { slug } from '../../../src/domain/text';
import { exportFileName } from '../../../src/io/export/fileName';
import { CLUSTER_COLUMNS, clusterRows, INITIATIVE_COLUMNS, initiativeRows, toCsv } from '../../../src/io/export/tables';
import { importSources } from '../../../src/io/import/importSources';
import { parseCsv } from '../../../src/io/import/parseCsv';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { shippedGeocoder } from '../../helpers/communeList';

// Seats with a commune and coordinates are checked against the shipped commune list.
const geocoder = shippedGeocoder();

describe('exportFileName', () => {
  const date = new Date('2026-11-26T10:00:00Z');
  it('says what is inside, with only safe characters', () => {
    expect(exportFileName('vue', ['Domaine : Mutualiser l’emploi', 'Type : grappes d’entreprises'], date, 'png', 'fr')).toBe(
      'clusters-emploi_vue_domaine-mutualiser-l-emploi-type-grappes-d-entreprises_2026-11-26.png',
    );
    expect(exportFileName('carte', [], date, 'png', 'fr')).toBe('clusters-emploi_carte_tout_2026-11-26.png');
  });

  it('speaks the reader’s language', () => {
    expect(exportFileName('diapo-carte', [], date, 'png', 'en')).toBe('clusters-employment_slide-map_all_2026-11-26.png');
    expect(exportFileName('donnees', ['Region: Bretagne'], date, 'xlsx', 'en')).toBe('clusters-employment_data_region-bretagne_2026-11-26.xlsx');
  });

  it('keeps long filter descriptions short, cut at a word', () => {
    const name = exportFileName('figure1', ['Recherche : « ' + 'très long texte '.repeat(20) + ' »', 'CON', '../../etc/passwd'], date, 'svg', 'fr');
    expect(name).toMatch(/^clusters-emploi_figure1_[a-z0-9-]{20,60}_2026-11-26\.svg$/);
  });

  it('slugs away accents, ligatures and path characters', () => {
    expect(slug('Cœur / Île-de-France\\..')).toBe('coeur-ile-de-france');
  });
});

describe('CSV export', () => {
  const dataset = makeMiniDataset();

  it('writes RFC 4180 with a BOM and CRLF, and reads back unchanged', () => {
    const rows = clusterRows(dataset.clusters);
    const csv = toCsv(CLUSTER_COLUMNS, rows, ',');
    expect(csv.startsWith('\uFEFFid,name,type')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]))));
  });

  it('uses semicolons on request, quoting cells that hold them, line breaks or quotes', () => {
    const rows = initiativeRows(dataset.initiatives).map((row, i) => (i === 0 ? { ...row, summary_fr: 'un; deux\n« trois » "quatre"' } : row));
    const csv = toCsv(INITIATIVE_COLUMNS, rows, ';');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid;label_fr;label_en;domain;audience;horizon;position_source;case_study;clusters;summary_fr;summary_en');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]?.summary_fr).toBe('un; deux\n« trois » "quatre"');
    expect(parsed.data).toHaveLength(rows.length);
  });

  it('neutralises cells a spreadsheet would run as formulas, but keeps negative numbers', () => {
    const rows = clusterRows(dataset.clusters).map((row, i) => (i === 0 ? { ...row, name: '=HYPERLINK("http://evil")', sector_fr: '+1', sector_en: '@SUM(A1)', lon: -3.37 } : row));
    const csv = toCsv(CLUSTER_COLUMNS, rows, ',');
    const first = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;
    expect(first.name).toBe('\'=HYPERLINK("http://evil")');
    expect(first.sector_fr).toBe("'+1");
    expect(first.sector_en).toBe("'@SUM(A1)");
    expect(first.lon).toBe('-3.37');
  });

  // Cells a spreadsheet could run, whatever follows their first character (OWASP, CSV injection).
  const HOSTILE = ['=1+1\n+2', '+SUM(A1)\r\n=2', '-2+3\n-1', '@cmd\nrest', '\t=1+1\nx', '\r=1+1'];
  const hostileRows = () =>
    clusterRows(dataset.clusters).map((row, i) => ({ ...row, name: HOSTILE[i % HOSTILE.length]!, sector_en: HOSTILE[(i + 1) % HOSTILE.length]!, lat: -3.5 }));

  it('neutralises formulas in cells that hold line breaks too, and keeps numbers as numbers (with French Excel’s decimal comma after a semicolon)', () => {
    const csv = toCsv(CLUSTER_COLUMNS, hostileRows(), ';');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    for (const row of parsed.data) {
      expect(row.name?.startsWith("'")).toBe(true);
      expect(row.sector_en?.startsWith("'")).toBe(true);
      expect(row.lat).toBe('-3,5');
    }
  });

  it('is read back by the CSV import exactly as it was written: formulas, apostrophes and all', () => {
    const values = [...HOSTILE, "'=already quoted", "''+twice", "'plain apostrophe", '- a list item', '-'];
    const rows = clusterRows(dataset.clusters).map((row, i) => ({ ...row, sector_fr: values[i % values.length]!, sector_en: values[(i + 5) % values.length]! }));
    const table = parseCsv(toCsv(CLUSTER_COLUMNS, rows, ',').slice(1), 'clusters.csv');
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => [r.cells.get('sector_fr'), r.cells.get('sector_en'), r.cells.get('lon')])).toEqual(
      rows.map((r) => [r.sector_fr, r.sector_en, String(r.lon)]),
    );
  });

  it('writes decimals as French Excel reads them with the semicolon (0,15), as English Excel does with the comma (0.15), and the import reads both back', async () => {
    const initiatives = dataset.initiatives;
    const french = toCsv(INITIATIVE_COLUMNS, initiativeRows(initiatives), ';');
    const english = toCsv(INITIATIVE_COLUMNS, initiativeRows(initiatives), ',');
    const decimal = initiatives.find((i) => !Number.isInteger(i.audience))!;
    expect(french).toContain(`;${String(decimal.audience).replace('.', ',')};`);
    expect(english).toContain(`,${decimal.audience},`);
    for (const csv of [french, english]) {
      const outcome = await importSources(
        [
          { name: 'clusters.csv', bytes: new TextEncoder().encode(toCsv(CLUSTER_COLUMNS, clusterRows(dataset.clusters), csv === french ? ';' : ',')) },
          { name: 'initiatives.csv', bytes: new TextEncoder().encode(csv) },
        ],
        { delimiter: 'auto', frame: dataset, loadGeocoder: () => Promise.resolve(geocoder), now: new Date('2026-11-26T00:00:00Z') },
      );
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.dataset.initiatives.map((i) => [i.id, i.audience, i.horizon])).toEqual(initiatives.map((i) => [i.id, i.audience, i.horizon]));
      expect(outcome.dataset.clusters.map((c) => [c.id, c.hq.lat, c.hq.lon])).toEqual(dataset.clusters.map((c) => [c.id, c.hq.lat, c.hq.lon]));
    }
  });

  it('round-trips clusters with hostile names through export and import', async () => {
    const csv = toCsv(CLUSTER_COLUMNS, hostileRows(), ',');
    const outcome = await importSources([{ name: 'clusters.csv', bytes: new TextEncoder().encode(csv) }], {
      delimiter: 'auto',
      frame: dataset,
      loadGeocoder: () => Promise.resolve(geocoder),
      now: new Date('2026-11-26T00:00:00Z'),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters.map((c) => [c.name, c.sector.en])).toEqual(hostileRows().map((row) => [row.name, row.sector_en]));
  });
});
