import { describe, expect, it } from 'vitest';
import { makeGeocoder } from '../../../src/io/import/communeGeocoder';
import { formatProblemPlace } from '../../../src/io/import/importProblem';
import { importSources, type ImportSource } from '../../../src/io/import/importSources';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const frame = makeMiniDataset();
const geocoder = makeGeocoder({
  communes: [
    ['01053', 'Bourg-en-Bresse', '01', 46.2057, 5.2258],
    ['71540', 'Torcy', '71', 46.77, 4.45],
    ['77468', 'Torcy', '77', 48.85, 2.65],
    ['22113', 'Lannion', '22', 48.7326, -3.4566],
    ['33227', 'Langon', '33', 44.5531, -0.2492],
  ],
  departments: {
    '01': ['Ain', 'Auvergne-Rhône-Alpes'],
    '71': ['Saône-et-Loire', 'Bourgogne-Franche-Comté'],
    '77': ['Seine-et-Marne', 'Île-de-France'],
    '22': ['Côtes-d’Armor', 'Bretagne'],
    '33': ['Gironde', 'Nouvelle-Aquitaine'],
  },
});
let geocoderLoads = 0;
const options = {
  delimiter: 'auto' as const,
  frame,
  loadGeocoder: async () => {
    geocoderLoads += 1;
    return geocoder;
  },
  now: new Date('2026-11-26T00:00:00Z'),
};
const utf8 = (name: string, text: string): ImportSource => ({ name, bytes: new TextEncoder().encode(text) });

describe('importing CSV tables', () => {
  it('builds a dataset from clusters and initiatives as French users write them', async () => {
    const clusters = utf8(
      'clusters.csv',
      'name;type;interviewed;sector_fr;commune;insee_code;department_code;lat;lon\n' +
        'Réseau Alpha;grappe d’entreprises;oui;Mécanique;Bourg-en-Bresse;01053;01;46,2;5,22\n' +
        'Beta Cluster;pole-competitivite;non;Numérique;Torcy;;71;;\n',
    );
    const initiatives = utf8(
      'initiatives.csv',
      'label_fr;domain;audience;horizon;clusters\nSalon de l’emploi;recruter;0,8;0,1;Réseau Alpha|beta-cluster\n',
    );
    const outcome = await importSources([clusters, initiatives], options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [alpha, beta] = outcome.dataset.clusters;
    expect(alpha).toMatchObject({ id: 'reseau-alpha', type: 'grappe-entreprises', interviewed: true, hq: { lat: 46.2, lon: 5.22, inseeCode: '01053' } });
    // Placed from the commune list, the homonym resolved by its department.
    expect(beta?.hq).toMatchObject({ commune: 'Torcy', inseeCode: '71540', departmentName: 'Saône-et-Loire', lat: 46.77, region: { today: 'Bourgogne-Franche-Comté' } });
    expect(outcome.dataset.initiatives[0]).toMatchObject({ domain: 'recruter', audience: 0.8, horizon: 0.1, clusters: ['reseau-alpha', 'beta-cluster'] });
    expect(outcome.dataset.meta.sourceLine.fr).toBe('Source : clusters.csv, initiatives.csv (données importées)');
  });

  it('does not load the commune list when every seat has coordinates', async () => {
    geocoderLoads = 0;
    const outcome = await importSources([utf8('c.csv', 'name,type,sector_fr,lat,lon\nA,ptce,Énergie,47.2,-1.55\n')], options);
    expect(outcome.ok).toBe(true);
    expect(geocoderLoads).toBe(0);
  });

  it('decodes Windows-1252 files from Excel and says so', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name;type;sector_fr;lat;lon\nM'), 0xe9, ...new TextEncoder().encode('ca;ptce;Chimie;45;5\n')]);
    const outcome = await importSources([{ name: 'excel.csv', bytes }], options);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.dataset.clusters[0]?.name).toBe('Méca');
      expect(outcome.recodedFiles).toEqual(['excel.csv']);
    }
  });

  it('lists every problem at once with its file, line and column, and loads nothing', async () => {
    const clusters = utf8('clusters.csv', 'name,type,sector_fr,lat,lon\nA,ptce,Énergie,N/A,2\nB,usine,Chimie,45,5\n,ptce,Bois,45,5\n');
    const initiatives = utf8('initiatives.csv', 'label_fr,domain,audience,horizon,clusters\nX,nowhere,1.5,0.2,Ghost\n');
    const outcome = await importSources([clusters, initiatives], options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const lines = outcome.problems.map((p) => `${formatProblemPlace(p)}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'clusters.csv, line 2, column lat: "N/A" is not a latitude between -90 and 90',
        'clusters.csv, line 3, column type: "usine" is not a cluster type: use pole-competitivite, grappe-entreprises, cluster-regional, ptce',
        'clusters.csv, line 4, column name: empty: every cluster needs a name',
        'initiatives.csv, line 2, column domain: "nowhere" is not a domain: use analyser, recruter, promouvoir (or 1 to 3)',
        'initiatives.csv, line 2, column audience: "1.5" is not a number between 0 and 1',
        'initiatives.csv, line 2, column clusters: "Ghost" is not the id or name of a cluster of clusters.csv',
      ]),
    );
  });

  it('keeps a seat it cannot place, with a warning, and reports ambiguous communes instead of guessing', async () => {
    const outcome = await importSources([utf8('c.csv', 'name,type,sector_fr,commune\nA,ptce,Bois,Torcy\nB,ptce,Bois,Nowhere\n')], options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters.map((c) => c.hq.lat)).toEqual([null, null]);
    expect(outcome.warnings.map((w) => w.message)).toEqual([
      '"Torcy" names 2 communes: add department_code or insee_code; kept, not on the map',
      '"Nowhere" was not found in the commune list: give lat and lon; kept, not on the map',
    ]);
  });

  it('suggests the closest communes for a misspelt one, and never places the seat there', async () => {
    const outcome = await importSources(
      [utf8('c.csv', 'name,type,sector_fr,commune,department_code\nA,ptce,Bois,Lannionn,\nB,ptce,Bois,Lanion,\nC,ptce,Bois,Lanion,22\nD,ptce,Bois,Brest,\n')],
      options,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters.map((c) => [c.hq.commune, c.hq.inseeCode, c.hq.lat])).toEqual([
      ['Lannionn', null, null],
      ['Lanion', null, null],
      ['Lanion', null, null],
      ['Brest', null, null],
    ]);
    expect(outcome.warnings.map((w) => w.message)).toEqual([
      '"Lannionn" was not found in the commune list (did you mean "Lannion (22)"?): correct the name or give lat and lon; kept, not on the map',
      '"Lanion" was not found in the commune list (did you mean "Langon (33)" or "Lannion (22)"?): correct the name or give lat and lon; kept, not on the map',
      '"Lanion" was not found in the commune list (did you mean "Lannion (22)"?): correct the name or give lat and lon; kept, not on the map',
      '"Brest" was not found in the commune list: give lat and lon; kept, not on the map',
    ]);
    expect(outcome.warnings[0]).toMatchObject({ code: 'commune-unknown-suggest', params: { commune: 'Lannionn', suggestions: ['Lannion (22)'] } });
  });

  it('works out suggestions only for the problems that are listed', async () => {
    let asked = 0;
    const unknown = async () => () => ({
      found: false as const,
      reason: 'unknown' as const,
      candidates: 0,
      suggest: () => {
        asked += 1;
        return ['Lannion'];
      },
    });
    const rows = Array.from({ length: 5000 }, (_, i) => `C${i},ptce,Bois,Lannionn${i}`).join('\n');
    const outcome = await importSources([utf8('reseau.csv', `name,type,sector_fr,commune\n${rows}\n`)], { ...options, loadGeocoder: unknown });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toHaveLength(200);
    expect(outcome.warnings.every((w) => w.code === 'commune-unknown-suggest')).toBe(true);
    expect(asked).toBe(200);
  });

  it('lists the first problems of a network-sized table broken on every line, without failing itself', async () => {
    // 150,000 rows with one cell too many: more problems than a function call takes arguments.
    const rows = Array.from({ length: 150_000 }, (_, i) => `C${i},ptce,Bois,47,2,extra`).join('\n');
    const outcome = await importSources([utf8('reseau.csv', `name,type,sector_fr,lat,lon\n${rows}\n`)], options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(200);
    expect(outcome.problems.map((p) => p.line)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
  });

  it('imports a network-sized table and links its initiatives', async () => {
    const clusters = Array.from({ length: 50_000 }, (_, i) => `c${i};Cluster ${i};ptce;Bois;47,${i % 100};2,5`).join('\n');
    const initiatives = Array.from({ length: 500 }, (_, i) => `i${i};Initiative ${i};1;0,5;0,5;c${i * 7}|c${i * 7 + 1}`).join('\n');
    const outcome = await importSources(
      [utf8('clusters.csv', `id;name;type;sector_fr;lat;lon\n${clusters}\n`), utf8('initiatives.csv', `id;label_fr;domain;audience;horizon;clusters\n${initiatives}\n`)],
      options,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters).toHaveLength(50_000);
    expect(outcome.dataset.clusters[7]?.actions.map((a) => a.initiative)).toEqual(['i1']);
  });

  it('refuses duplicate columns instead of keeping the last one', async () => {
    const outcome = await importSources([utf8('clusters.csv', 'name,type,sector_fr,lat,lon,lat\nA,ptce,Bois,47,2,99\n')], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => `${formatProblemPlace(p)}: ${p.message}`)).toEqual([
      'clusters.csv, line 1: these columns appear more than once in the header: lat; each must appear only once',
    ]);
  });

  it('refuses a table with a header and no rows, rather than an empty dashboard', async () => {
    for (const text of ['name,type,sector_fr,lat,lon\n', 'name;type;sector_fr\r\n\r\n;;\r\n']) {
      const outcome = await importSources([utf8('clusters.csv', text)], options);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => `${formatProblemPlace(p)}: ${p.message}`)).toEqual([
        'clusters.csv: the table has only its header line: no data rows to load',
      ]);
    }
    const withInitiatives = await importSources(
      [utf8('clusters.csv', 'name,type,sector_fr\nA,ptce,Bois\n'), utf8('initiatives.csv', 'label_fr,domain,audience,horizon,clusters\n')],
      options,
    );
    expect(withInitiatives.ok).toBe(false);
    if (!withInitiatives.ok) expect(withInitiatives.problems.map((p) => formatProblemPlace(p))).toEqual(['initiatives.csv']);
  });

  it('refuses files that are not CSV or JSON, or tables it cannot recognise', async () => {
    const binary = await importSources([{ name: 'book.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) }], options);
    expect(binary.ok).toBe(false);
    const unknown = await importSources([utf8('x.csv', 'foo,bar\n1,2\n')], options);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0]?.message).toMatch(/neither clusters/);
  });
});

describe('importing a JSON dataset', () => {
  it('accepts a valid dataset and reports schema problems by JSON path', async () => {
    const good = await importSources([utf8('mine.json', JSON.stringify(frame))], options);
    expect(good.ok).toBe(true);
    const broken = structuredClone(frame) as unknown as { clusters: { hq: { lat: unknown } }[] };
    broken.clusters[1]!.hq.lat = 'N/A';
    const bad = await importSources([utf8('mine.json', JSON.stringify(broken))], options);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(formatProblemPlace(bad.problems[0]!)).toBe('mine.json, clusters[1].hq.lat');
  });

  it('refuses a dataset with neither initiatives nor clusters', async () => {
    const outcome = await importSources([utf8('empty.json', JSON.stringify({ ...frame, initiatives: [], clusters: [], caseStudies: [] }))], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => `${formatProblemPlace(p)}: ${p.message}`)).toEqual([
      'empty.json: the dataset has no initiatives and no clusters: nothing to show',
    ]);
  });

  it('says where a JSON file is not JSON', async () => {
    const outcome = await importSources([utf8('mine.json', '{"meta": {')], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]?.message).toMatch(/^not valid JSON/);
  });
});
