import { CLUSTER_TYPES } from '../../domain/clusterTypes';
import { placeInFrance, type GeoBox } from '../../domain/places';
import { LANGUAGES, REQUIRED_TEXT_LANGUAGES, type Language } from '../../domain/language';
import type { Cluster, ClusterType, Dataset, Initiative, LocalizedText } from '../../domain/schema';
import { foldForSearch, slug } from '../../domain/text';
import { MAX_LISTED_PROBLEMS, problemText, type ImportProblem, type FileProblemCode, type ProblemParams } from './importProblem';
import type { CsvRow, CsvTable } from './parseCsv';
import { placeContradiction } from './checkPlaces';
import { closestAllowed, type AllowedValue } from './suggestNames';

/**
 * Places a seat from its commune when the file gives no coordinates, and
 * checks coordinates against the commune or department given with them (the
 * commune list is loaded only when some row names one).
 */
export interface Geocoder {
  (query: { inseeCode: string | null; commune: string | null; departmentCode: string | null }):
    | { readonly found: true; readonly lat: number; readonly lon: number; readonly commune: string; readonly inseeCode: string; readonly departmentCode: string; readonly departmentName: string; readonly region: string }
    | {
        readonly found: false;
        readonly reason: 'unknown' | 'ambiguous';
        readonly candidates: number;
        /** For an unknown commune name: the closest known names, as advice; worked out only when called. */
        readonly suggest?: () => readonly string[];
      };
  /** The box around a department's communes, with a margin; null for a department the list does not know. */
  readonly departmentBox?: (code: string) => GeoBox | null;
}

export type TableKind = 'clusters' | 'initiatives';

/** Which table a CSV is, from its columns. */
export function tableKind(table: CsvTable): TableKind | null {
  const has = (c: string) => table.columns.includes(c);
  if (has('label_fr') || (has('audience') && has('horizon'))) return 'initiatives';
  if (has('name') || has('nom')) return 'clusters';
  return null;
}

const TYPE_WORDS: readonly [ClusterType, RegExp][] = [
  ['pole-competitivite', /^pole( de)? competitivite$|^pole competitivite$|^pole-competitivite$/],
  ['grappe-entreprises', /^grappe( d)?( entreprises)?$|^grappe entreprises$/],
  ['cluster-regional', /^cluster( regional)?$/],
  ['ptce', /^ptce$|^pole territorial de cooperation economique$/],
];

function clusterType(text: string): ClusterType | null {
  const folded = foldForSearch(text).replace(/-/g, ' ');
  if ((CLUSTER_TYPES as readonly string[]).includes(text)) return text as ClusterType;
  return TYPE_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** Cluster types by the words people write them with, for suggesting one when a type is not understood. */
const TYPE_NAMES: readonly AllowedValue[] = [
  { value: 'pole-competitivite', names: ['pôle de compétitivité', 'pôle', 'competitiveness cluster'] },
  { value: 'grappe-entreprises', names: ['grappe d’entreprises', 'grappe', 'business cluster'] },
  { value: 'cluster-regional', names: ['cluster régional', 'regional cluster'] },
  { value: 'ptce', names: ['pôle territorial de coopération économique', 'PTCE'] },
];

function yesNo(text: string): boolean | null {
  const folded = foldForSearch(text);
  if (['', 'false', 'faux', 'non', 'no', '0'].includes(folded)) return false;
  if (['true', 'vrai', 'oui', 'yes', '1'].includes(folded)) return true;
  return null;
}

/** "48,71" and "48.71" are both numbers; blank is null; anything else is NaN. */
function decimal(text: string): number | null {
  if (text.trim() === '') return null;
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^[-+]?\d*\.?\d+$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Columns a table cannot do without, each with the other names it is accepted under. */
const REQUIRED_COLUMNS: Readonly<Record<TableKind, readonly (readonly string[])[]>> = {
  clusters: [['name', 'nom'], ['type'], ['sector_fr', 'sector', 'secteur']],
  initiatives: [['label_fr', 'label', 'libelle'], ['domain', 'domaine'], ['audience'], ['horizon']],
};

/** A missing required column is one problem for the table, not one per row. */
function missingColumns(table: CsvTable, kind: TableKind): ImportProblem[] {
  const missing = REQUIRED_COLUMNS[kind].filter((names) => !names.some((name) => table.columns.includes(name))).map(([name]) => name);
  return missing.length === 0 ? [] : [{ file: table.file, line: 1, ...problemText('missing-columns', { columns: missing.join(', ') }), severity: 'error' }];
}

export interface ConvertResult {
  readonly dataset: Dataset | null;
  readonly problems: readonly ImportProblem[];
}

/**
 * Builds a dataset from a clusters table and, optionally, an initiatives
 * table. The study's six domains frame the initiatives. Every problem names
 * its file, line and column; all of them are collected before giving up.
 */
export function csvToDataset(
  tables: { readonly clusters: CsvTable; readonly initiatives: CsvTable | null },
  frame: Pick<Dataset, 'domains'>,
  geocode: Geocoder | null,
  now: Date,
  /** Called as each row of either table is checked (an import's progress). */
  onRowChecked?: () => void,
): ConvertResult {
  const missing = [...missingColumns(tables.clusters, 'clusters'), ...(tables.initiatives ? missingColumns(tables.initiatives, 'initiatives') : [])];
  if (missing.length > 0) return { dataset: null, problems: missing };
  const problems: ImportProblem[] = [];
  const error = (table: CsvTable, row: CsvRow, column: string, code: FileProblemCode, params?: ProblemParams) =>
    problems.push({ file: table.file, line: row.line, column, ...problemText(code, params), severity: 'error' });
  const warn = (table: CsvTable, row: CsvRow, column: string, code: FileProblemCode, params?: ProblemParams) =>
    problems.push({ file: table.file, line: row.line, column, ...problemText(code, params), severity: 'warning' });
  // Close values are advice in the message; only the first problems are listed (a network's table has up to
  // 100,000 rows), so past them nobody would read a suggestion and none is worked out.
  const suggestListed = (given: string, allowed: readonly AllowedValue[]) => (problems.length < MAX_LISTED_PROBLEMS ? closestAllowed(given, allowed) : []);
  const cell = (row: CsvRow, ...names: string[]) => {
    for (const name of names) {
      const value = row.cells.get(name);
      if (value !== undefined && value !== '') return value;
    }
    return '';
  };
  /**
   * A text in every language of the app: French as given, each other language
   * from its own column (`sector_en`, `label_de`…) or `otherwise`; a language the
   * format requires falls back to the French text, any other is left out (it reads in French).
   */
  const inLanguages = (french: string, row: CsvRow, column: string, otherwise: (language: Language) => string | undefined = () => undefined): LocalizedText => {
    const text: Record<string, string> = { fr: french };
    for (const language of LANGUAGES) {
      if (language === 'fr') continue;
      const value = cell(row, `${column}_${language}`) || otherwise(language) || (REQUIRED_TEXT_LANGUAGES.includes(language) ? french : undefined);
      if (value) text[language] = value;
    }
    return text as LocalizedText;
  };

  const clusters: Cluster[] = [];
  const clusterIdByKey = new Map<string, string>();
  // Ids already given, looked up by hashing: a network's table has up to 100,000 rows.
  const clusterIdsTaken = new Set<string>();
  const { clusters: clusterTable, initiatives: initiativeTable } = tables;
  for (const row of clusterTable.rows) {
    onRowChecked?.();
    const name = cell(row, 'name', 'nom');
    if (name === '') {
      error(clusterTable, row, 'name', 'name-empty');
      continue;
    }
    const id = slug(cell(row, 'id') || name) || `cluster-${row.line}`;
    if (clusterIdsTaken.has(id)) error(clusterTable, row, 'id', 'id-duplicate', { id });
    const typeText = cell(row, 'type');
    const type = clusterType(typeText);
    if (!type) {
      const suggestions = suggestListed(typeText, TYPE_NAMES);
      if (suggestions.length > 0) error(clusterTable, row, 'type', 'type-unknown-suggest', { value: typeText, suggestions, allowed: CLUSTER_TYPES.join(', ') });
      else error(clusterTable, row, 'type', 'type-unknown', { value: typeText, allowed: CLUSTER_TYPES.join(', ') });
    }
    const interviewed = yesNo(cell(row, 'interviewed', 'interroge'));
    if (interviewed === null) error(clusterTable, row, 'interviewed', 'interviewed-invalid', { value: cell(row, 'interviewed') });
    const sectorFr = cell(row, 'sector_fr', 'sector', 'secteur');
    if (sectorFr === '') error(clusterTable, row, 'sector_fr', 'sector-empty');

    const lat = decimal(cell(row, 'lat', 'latitude'));
    const lon = decimal(cell(row, 'lon', 'lng', 'longitude'));
    if (lat !== null && !(Math.abs(lat) <= 90)) error(clusterTable, row, 'lat', 'lat-invalid', { value: cell(row, 'lat', 'latitude') });
    if (lon !== null && !(Math.abs(lon) <= 180)) error(clusterTable, row, 'lon', 'lon-invalid', { value: cell(row, 'lon', 'lng', 'longitude') });
    if ((lat === null) !== (lon === null)) error(clusterTable, row, lat === null ? 'lat' : 'lon', 'lat-lon-pair');

    let commune: string | null = cell(row, 'commune', 'ville') || null;
    let inseeCode: string | null = cell(row, 'insee_code', 'code_insee') || null;
    let departmentCode: string | null = cell(row, 'department_code', 'departement') || null;
    let departmentName: string | null = cell(row, 'department_name') || null;
    let region: string | null = cell(row, 'region') || null;
    let point = lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
    let geocodeSource = `${clusterTable.file}, line ${row.line}`;
    if (inseeCode !== null && !/^(\d{5}|2[AB]\d{3})$/.test(inseeCode)) {
      error(clusterTable, row, 'insee_code', 'insee-invalid', { value: inseeCode });
      inseeCode = null;
    }
    if (departmentCode !== null && /^\d$/.test(departmentCode)) departmentCode = `0${departmentCode}`;
    if (departmentCode !== null && !/^(\d{2,3}|2[AB])$/.test(departmentCode)) {
      error(clusterTable, row, 'department_code', 'department-invalid', { value: departmentCode });
      departmentCode = null;
    }
    if (point === null && lat === null && (commune !== null || inseeCode !== null)) {
      const found = geocode?.({ inseeCode, commune, departmentCode });
      if (found?.found) {
        point = { lat: found.lat, lon: found.lon };
        commune = found.commune;
        inseeCode = found.inseeCode;
        departmentCode = found.departmentCode;
        departmentName = found.departmentName;
        region ??= found.region;
        geocodeSource = 'placed from the official commune list (Etalab) with GeoNames coordinates (CC BY 4.0)';
      } else if (found && found.reason === 'ambiguous') {
        warn(clusterTable, row, 'commune', 'commune-ambiguous', { commune: commune ?? '', count: found.candidates });
      } else {
        // Close names are advice in the message, never taken instead. Only the first problems are listed
        // (a network's table has up to 100,000 rows): past them, nobody would read the suggestions.
        const suggestions = problems.length < MAX_LISTED_PROBLEMS ? (found?.suggest?.() ?? []) : [];
        if (commune !== null && suggestions.length > 0) warn(clusterTable, row, 'commune', 'commune-unknown-suggest', { commune, suggestions });
        else warn(clusterTable, row, 'commune', 'commune-unknown', { commune: commune ?? inseeCode ?? '' });
      }
    } else if (point === null && lat === null) {
      warn(clusterTable, row, 'lat', 'no-place');
    } else if (point !== null) {
      const place = placeInFrance(point.lat, point.lon);
      const contradiction = place === 'in-france' && geocode ? placeContradiction(geocode, { inseeCode, commune, departmentCode }, point) : null;
      if (place !== 'in-france') warn(clusterTable, row, 'lat', place, point);
      else if (contradiction) warn(clusterTable, row, 'lat', contradiction.code, contradiction.params);
    }

    if (!type || interviewed === null || sectorFr === '') continue;
    const sector = inLanguages(sectorFr, row, 'sector');
    clusterIdByKey.set(id, id);
    clusterIdByKey.set(foldForSearch(name), id);
    clusterIdsTaken.add(id);
    clusters.push({
      id,
      name,
      type,
      interviewed,
      sector,
      hq: {
        precision: commune !== null ? 'commune' : 'department',
        commune,
        inseeCode: commune !== null ? inseeCode : null,
        departmentCode,
        departmentName,
        region: region ? { atStudy: region, today: region } : null,
        lat: point?.lat ?? null,
        lon: point?.lon ?? null,
        geocodeSource,
      },
      foundedYear: null,
      labelYear: null,
      summary: inLanguages(cell(row, 'summary_fr') || `${name} — ${sectorFr}`, row, 'summary', (language) => sector[language] && `${name} — ${sector[language]}`),
      figures: [],
      actions: [],
      quotes: [],
      sources: [{ section: `${clusterTable.file}, line ${row.line}` }],
    });
  }

  const initiatives: Initiative[] = [];
  // By id, for linking each initiative to its clusters without scanning them all (networks run to 100,000).
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const domainByKey = new Map<string, string>();
  const initiativeIdsTaken = new Set<string>();
  for (const domain of frame.domains) {
    for (const key of [domain.id, String(domain.order), foldForSearch(domain.label.fr), foldForSearch(domain.label.en), foldForSearch(domain.shortLabel.fr)]) {
      domainByKey.set(key, domain.id);
    }
  }
  // What a wrong domain may have meant: each domain by its id and its names.
  const domainNames: AllowedValue[] = frame.domains.map((d) => ({ value: d.id, names: [d.label.fr, d.label.en, d.shortLabel.fr, d.shortLabel.en] }));
  if (initiativeTable) {
    for (const row of initiativeTable.rows) {
      onRowChecked?.();
      const labelFr = cell(row, 'label_fr', 'label', 'libelle');
      if (labelFr === '') {
        error(initiativeTable, row, 'label_fr', 'label-empty');
        continue;
      }
      const id = slug(cell(row, 'id') || labelFr) || `initiative-${row.line}`;
      if (initiativeIdsTaken.has(id)) error(initiativeTable, row, 'id', 'id-duplicate', { id });
      const domainText = cell(row, 'domain', 'domaine');
      const domain = domainByKey.get(domainText) ?? domainByKey.get(foldForSearch(domainText));
      if (!domain) {
        const allowed = frame.domains.map((d) => d.id).join(', ');
        const suggestions = suggestListed(domainText, domainNames);
        if (suggestions.length > 0) error(initiativeTable, row, 'domain', 'domain-unknown-suggest', { value: domainText, suggestions, allowed });
        else error(initiativeTable, row, 'domain', 'domain-unknown', { value: domainText, allowed, count: frame.domains.length });
      }
      const axis = (column: 'audience' | 'horizon') => {
        const value = decimal(cell(row, column));
        if (value === null || !(value >= 0 && value <= 1)) {
          error(initiativeTable, row, column, 'axis-invalid', { value: cell(row, column) });
          return null;
        }
        return value;
      };
      const audience = axis('audience');
      const horizon = axis('horizon');
      const clusterRefs = cell(row, 'clusters')
        .split(/[|;]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const clusterIds: string[] = [];
      for (const ref of clusterRefs) {
        const clusterId = clusterIdByKey.get(ref) ?? clusterIdByKey.get(foldForSearch(ref));
        if (clusterId) {
          if (!clusterIds.includes(clusterId)) clusterIds.push(clusterId);
        } else error(initiativeTable, row, 'clusters', 'cluster-unknown', { value: ref, file: clusterTable.file });
      }
      if (cell(row, 'case_study') !== '') warn(initiativeTable, row, 'case_study', 'case-study-ignored');
      if (!domain || audience === null || horizon === null) continue;
      const label = inLanguages(labelFr, row, 'label');
      const initiative: Initiative = {
        id,
        label,
        labelVerbatim: false,
        domain,
        audience,
        horizon,
        positionSource: 'text',
        positionRationale: { fr: `Position donnée par ${initiativeTable.file}`, en: `Position given by ${initiativeTable.file}` },
        caseStudy: null,
        clusters: clusterIds,
        summary: inLanguages(cell(row, 'summary_fr') || labelFr, row, 'summary', (language) => label[language]),
        sources: [{ section: `${initiativeTable.file}, line ${row.line}` }],
      };
      initiatives.push(initiative);
      initiativeIdsTaken.add(id);
      for (const clusterId of clusterIds) {
        clusterById.get(clusterId)?.actions.push({ initiative: id, summary: initiative.summary, source: initiative.sources[0] ?? { section: initiativeTable.file } });
      }
    }
  }

  if (problems.some((p) => p.severity === 'error')) return { dataset: null, problems };
  const files = [clusterTable.file, ...(initiativeTable ? [initiativeTable.file] : [])].join(', ');
  const month = now.toISOString().slice(0, 7);
  return {
    problems,
    dataset: {
      meta: {
        title: `Données importées : ${files}`,
        publisher: files,
        series: 'Import',
        number: month,
        date: month,
        isbn: null,
        authors: [],
        partner: null,
        url: null,
        sourceLine: { fr: `Source : ${files} (données importées)`, en: `Source: ${files} (imported data)` },
        licence: { fr: 'Données fournies par l’utilisateur.', en: 'Data supplied by the user.' },
        datasetVersion: '1.0.0',
      },
      domains: frame.domains,
      initiatives,
      clusters,
      caseStudies: [],
      keyFigures: [],
    },
  };
}
