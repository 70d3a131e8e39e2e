import { beforeAll, describe, expect, it } from 'vitest';
import { makeGeocoder } from '../../../src/io/import/communeGeocoder';
import { createI18n, loadDatasetWords } from '../../../src/i18n/i18n';
import { formatProblemPlace, type ImportProblem } from '../../../src/io/import/importProblem';
import { importSources, type ImportSource } from '../../../src/io/import/importSources';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { shippedGeocoder } from '../../helpers/communeList';
import study from '../../../data/study.json';

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
    // About 3 s alone; beside the browser tests on a 2-core machine it neared the default 5 s.
  }, 20_000);

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

describe('careless and hostile files (issue #18)', () => {
  const french = createI18n('fr');
  beforeAll(() => loadDatasetWords(french));
  const inFrench = (p: ImportProblem) => `${formatProblemPlace(p)}: ${french.t(`importProblems.${p.code}`, p.params)}`;

  it('says how many problems there are past the listed ones, by kind', async () => {
    const rows = [
      ...Array.from({ length: 900 }, (_, i) => `C${i},usine,Bois,47,2`),
      ...Array.from({ length: 100 }, (_, i) => `D${i},ptce,Bois,N/A,2`),
    ].join('\n');
    const outcome = await importSources([utf8('reseau.csv', `name,type,sector_fr,lat,lon\n${rows}\n`)], options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(200);
    expect(outcome.omitted).toEqual({ count: 800, errors: 800, byKind: [{ kind: 'type-unknown', count: 700 }, { kind: 'lat-invalid', count: 100 }] });
  });

  it('reads UTF-16 text, as Excel saves « Texte Unicode » (tab-separated), with or without a byte order mark', async () => {
    const text = 'name\ttype\tsector_fr\tlat\tlon\r\nRéseau Île\tptce\tÉnergie\t48,1\t-1,6\r\n';
    const le = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => le.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 * i));
    const be = le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le, new Uint8Array([0xfe, 0xff, ...be])]) {
      const outcome = await importSources([{ name: 'unicode.txt', bytes }], options);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.dataset.clusters.map((c) => [c.name, c.sector.fr, c.hq.lat])).toEqual([['Réseau Île', 'Énergie', 48.1]]);
    }
  });

  it('reads a file whose lines end in CR LF, LF and CR at once, keeping line breaks inside quoted cells', async () => {
    const outcome = await importSources([utf8('mixed.csv', 'name,type,sector_fr,lat,lon\r\nA,ptce,Bois,47,2\nB,ptce,"Bois\r\net papier",47,2\rC,ptce,Bois,47,2\r\n')], options);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.dataset.clusters.map((c) => [c.name, c.sector.fr])).toEqual([['A', 'Bois'], ['B', 'Bois\r\net papier'], ['C', 'Bois']]);
    const broken = await importSources([utf8('mixed.csv', 'name,type,sector_fr,lat,lon\r\nA,ptce,Bois,47,2\nB,usine,Bois,47,2\r\n')], options);
    if (!broken.ok) expect(broken.problems.map((p) => `${formatProblemPlace(p)}: ${p.code}`)).toEqual(['mixed.csv, line 3, column type: type-unknown']);
  });

  it('names missing required columns once, instead of a problem on every row', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `C${i},Bois,47,2`).join('\n');
    const outcome = await importSources(
      [utf8('clusters.csv', `name,sector_fr,lat,lon\n${rows}\n`), utf8('initiatives.csv', 'label_fr,audience,horizon\nX,0.5,0.5\n')],
      options,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map(inFrench)).toEqual([
        'clusters.csv, line 1: colonnes obligatoires absentes de l’en-tête : type (voir les modèles) ; les lignes n’ont pas été vérifiées',
        'initiatives.csv, line 1: colonnes obligatoires absentes de l’en-tête : domain (voir les modèles) ; les lignes n’ont pas été vérifiées',
      ]);
    }
  });

  it('refuses a web page instead of reading it as a table', async () => {
    for (const page of ['<!DOCTYPE html>\n<html><head><title>Not found</title></head></html>', '  <html lang="fr">\n<body>name,type</body></html>']) {
      const outcome = await importSources([utf8('clusters.csv', page)], options);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => `${formatProblemPlace(p)}: ${p.code}`)).toEqual(['clusters.csv, line 1: html-page']);
    }
  });

  it('words the problems of a JSON dataset in the reader’s language, with their path', async () => {
    const broken = structuredClone(frame) as unknown as { meta: Record<string, unknown>; clusters: { hq: Record<string, unknown> }[]; domains: Record<string, unknown>[] };
    broken.clusters[1]!.hq = { ...broken.clusters[1]!.hq, lat: 'N/A' };
    delete broken.meta['title'];
    broken.domains[0]!['id'] = 'Mauvais Id';
    broken.domains[1]!['color'] = 'rouge';
    const outcome = await importSources([utf8('mine.json', JSON.stringify(broken))], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map(inFrench)).toEqual([
        'mine.json, meta.title: champ obligatoire absent',
        'mine.json, domains[0].id: « Mauvais Id » n’est pas un identifiant : des mots en minuscules sans accent reliés par des tirets (aider-recruter)',
        'mine.json, domains[1].color: « rouge » n’est pas une couleur au format #rrvvbb (#0072b2)',
        'mine.json, clusters[1].hq.lat: un nombre est attendu ici',
      ]);
    }
  });

  it('refuses values the data format rules out: a colour too light for the white page, a repeated domain order, a percentage of 1e9, a link that is not a web page', async () => {
    const dataset = structuredClone(frame);
    dataset.domains[0]!.color = '#ffffff';
    dataset.domains[2]!.order = dataset.domains[1]!.order;
    dataset.meta.url = 'javascript:alert(1)';
    dataset.keyFigures.push({ id: 'huge', label: { fr: 'x', en: 'x' }, value: 1e9, unit: 'percent', year: null, source: { section: 's' }, sourceStudy: 's', sourceYear: null, theme: 'framing' });
    const outcome = await importSources([utf8('mine.json', JSON.stringify(dataset))], options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map(inFrench)).toEqual([
        'mine.json, meta.url: seule une adresse web (http:// ou https://) peut servir de lien, pas une adresse « javascript: »',
        'mine.json, domains[0].color: la couleur #ffffff ne contraste qu’à 1:1 avec le fond blanc, et les marques demandent au moins 3:1 : choisissez une couleur plus foncée',
        `mine.json, keyFigures[${dataset.keyFigures.length - 1}].value: un pourcentage est compris entre 0 et 100, pas 1000000000`,
      ]);
    }
    dataset.domains[0]!.color = '#0072b2';
    dataset.meta.url = 'https://example.org/etude';
    dataset.keyFigures.pop();
    const order = await importSources([utf8('mine.json', JSON.stringify(dataset))], options);
    if (!order.ok) expect(order.problems.map(inFrench)).toEqual(['mine.json, domains: le numéro d’ordre 2 est donné à deux domaines : chacun doit avoir le sien']);
    expect(order.ok).toBe(false);
  });
});

describe('implausible places (issue #18)', () => {
  const placeWarnings = (outcome: Awaited<ReturnType<typeof importSources>>) =>
    outcome.ok ? outcome.warnings.map((w) => `${formatProblemPlace(w)}: ${w.code} ${JSON.stringify(w.params)}`) : ['refused'];

  it('warns, and still loads, when a seat is outside France, and asks whether latitude and longitude are swapped', async () => {
    const outcome = await importSources(
      [utf8('c.csv', 'name,type,sector_fr,lat,lon\nParis inversé,ptce,Bois,2.35,48.85\nNulle part,ptce,Bois,0,0\nPôle,ptce,Bois,90,180\nLa Réunion,ptce,Bois,-20.88,55.45\nBon,ptce,Bois,48.85,2.35\n')],
      options,
    );
    expect(outcome.ok && outcome.dataset.clusters).toHaveLength(5);
    expect(placeWarnings(outcome)).toEqual([
      'c.csv, line 2, column lat: lat-lon-swapped {"lat":2.35,"lon":48.85}',
      'c.csv, line 3, column lat: outside-france {"lat":0,"lon":0}',
      'c.csv, line 4, column lat: outside-france {"lat":90,"lon":180}',
    ]);
    if (outcome.ok) expect(createI18n('fr').t(`importProblems.${outcome.warnings[0]!.code}`, outcome.warnings[0]!.params)).toContain('latitude et longitude inversées ?');
  });

  it('warns when coordinates contradict the commune or the department given on the same row', async () => {
    const outcome = await importSources(
      [
        utf8(
          'c.csv',
          'name,type,sector_fr,commune,insee_code,department_code,lat,lon\n' +
            'Loin,ptce,Bois,Lannion,,,43.6,1.44\n' +
            'Près,ptce,Bois,,22113,,48.75,-3.40\n' +
            'Autre département,ptce,Bois,,,33,46.2,5.2\n' +
            'Bon département,ptce,Bois,,,33,44.6,-0.3\n',
        ),
      ],
      options,
    );
    expect(placeWarnings(outcome)).toEqual([
      'c.csv, line 2, column lat: far-from-commune {"commune":"Lannion","km":684}',
      'c.csv, line 4, column lat: outside-department {"department":"33"}',
    ]);
  });

  it('checks the seats of a JSON dataset too, by path', async () => {
    const dataset = structuredClone(frame);
    const [first, second] = dataset.clusters;
    first!.hq = { ...first!.hq, lat: first!.hq.lon, lon: first!.hq.lat };
    second!.hq = { ...second!.hq, commune: 'Lannion', inseeCode: '22113', departmentCode: '22', lat: 43.6, lon: 1.44 };
    const outcome = await importSources([utf8('mine.json', JSON.stringify(dataset))], options);
    expect(placeWarnings(outcome)).toEqual([
      `mine.json, clusters[0].hq: lat-lon-swapped {"lat":${first!.hq.lat},"lon":${first!.hq.lon}}`,
      'mine.json, clusters[1].hq: far-from-commune {"commune":"Lannion","km":684}',
    ]);
  });
});

describe('the study’s own seats', () => {
  it('raise no place warning against the shipped commune list (no false alarm)', async () => {
    const outcome = await importSources([utf8('study.json', JSON.stringify(study))], { ...options, loadGeocoder: () => Promise.resolve(shippedGeocoder()) });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.warnings.filter((w) => /france|swapped|commune|department/.test(w.code))).toEqual([]);
  });
});
