import { errorMessage } from '../../domain/errorMessage';
import type { DatasetProblem } from '../../domain/integrity';
import { parseDataset } from '../../domain/parseDataset';
import { placeInFrance } from '../../domain/places';
import type { Dataset } from '../../domain/schema';
import { placeContradiction } from './checkPlaces';
import { csvToDataset, tableKind, type Geocoder } from './csvToDataset';
import { decodeText, looksLikeHtml, MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './decodeText';
import { listProblems, problemText, type ImportProblem, type OmittedProblems } from './importProblem';
import { parseCsv, type CsvDelimiterChoice, type CsvTable } from './parseCsv';
import { isWorkbook, readWorkbookSheets, sheetToTable } from './readWorkbook';

/** A file to import, already read (from a file picker, a drop, or a same-origin URL). */
export interface ImportSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The first problems (or warnings) are listed; `omitted` counts the rest by kind. */
export type ImportOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly ImportProblem[]; readonly omitted: OmittedProblems; readonly recodedFiles: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly omitted: OmittedProblems };

export interface ImportOptions {
  readonly delimiter: CsvDelimiterChoice;
  /** The dataset whose domains frame CSV initiatives (the study's six). */
  readonly frame: Pick<Dataset, 'domains'>;
  readonly loadGeocoder: () => Promise<Geocoder>;
  readonly now: Date;
  /**
   * Records checked so far, out of how many, after each one: the initiatives and clusters of a JSON
   * dataset, or the rows of the tables, each counted half when its row is read into a record and half
   * when that record passes the schema (the two passes take about as long).
   */
  readonly onRows?: (checked: number, total: number) => void;
}

const fail = (problems: readonly ImportProblem[]): ImportOutcome => {
  const { listed, omitted } = listProblems(problems);
  return { ok: false, problems: listed, omitted };
};
const succeed = (dataset: Dataset, warnings: readonly ImportProblem[], recodedFiles: readonly string[]): ImportOutcome => {
  const { listed, omitted } = listProblems(warnings);
  return { ok: true, dataset, warnings: listed, omitted, recodedFiles };
};
/** A dataset problem, found by JSON path, in the file it came from. */
const inFile = (file: string, problem: DatasetProblem): ImportProblem => ({ file, ...problem });

/**
 * Reads the user's files into a validated dataset, or says everything that
 * is wrong with them. Accepted: one JSON dataset (the study's format), or a
 * table of clusters with, optionally, a table of initiatives — CSV files, or
 * sheets of an Excel workbook (.xlsx), whose other sheets are left aside.
 */
export async function importSources(sources: readonly ImportSource[], options: ImportOptions): Promise<ImportOutcome> {
  if (sources.length === 0) return fail([{ file: '—', ...problemText('no-file'), severity: 'error' }]);
  const texts: { name: string; text: string }[] = [];
  const workbooks: ImportSource[] = [];
  const recodedFiles: string[] = [];
  const problems: ImportProblem[] = [];
  for (const source of sources) {
    if (source.bytes.length > MAX_IMPORT_BYTES) {
      problems.push({ file: source.name, ...problemText('too-large', { max: MAX_IMPORT_MB }), severity: 'error' });
      continue;
    }
    if (isWorkbook(source.name, source.bytes)) {
      workbooks.push(source);
      continue;
    }
    const decoded = decodeText(source.bytes, source.name);
    if (!decoded.ok) problems.push(decoded.problem);
    // A web page (a server's page for a missing file, a saved browser tab) would otherwise be read as a one-column CSV.
    else if (looksLikeHtml(decoded.text)) problems.push({ file: source.name, line: 1, ...problemText('html-page'), severity: 'error' });
    else {
      texts.push({ name: source.name, text: decoded.text });
      if (decoded.encoding === 'windows-1252') recodedFiles.push(source.name);
    }
  }
  if (problems.length > 0) return fail(problems);

  const isJson = (t: { name: string; text: string }) => /\.json$/i.test(t.name) || /^\s*[[{]/.test(t.text);
  const json = texts.filter(isJson);
  if (json.length > 0) {
    const [only] = json;
    if (json.length > 1 || texts.length + workbooks.length > 1 || !only) {
      return fail([{ file: texts.map((t) => t.name).join(', '), ...problemText('json-alone'), severity: 'error' }]);
    }
    let value: unknown;
    try {
      value = JSON.parse(only.text);
    } catch (error) {
      return fail([{ file: only.name, ...problemText('not-json', { detail: errorMessage(error) }), severity: 'error' }]);
    }
    const total = recordCount(value);
    const result = parseDataset(value, options.onRows && ((checked) => options.onRows?.(checked, total)));
    // Valid, but it would replace the data on screen with an empty page.
    if (result.ok && result.dataset.initiatives.length === 0 && result.dataset.clusters.length === 0) {
      return fail([{ file: only.name, ...problemText('dataset-empty'), severity: 'error' }]);
    }
    if (!result.ok) return fail(result.problems.map((p) => inFile(only.name, p)));
    const contradictions = await seatContradictions(result.dataset, only.name, options.loadGeocoder);
    return succeed(result.dataset, [...result.warnings.map((p) => inFile(only.name, p)), ...contradictions], recodedFiles);
  }

  const tables = texts.map((t) => parseCsv(t.text, t.name, options.delimiter));
  for (const workbook of workbooks) {
    let sheets;
    try {
      sheets = await readWorkbookSheets(workbook.bytes);
    } catch (error) {
      problems.push({ file: workbook.name, ...problemText('not-workbook', { detail: errorMessage(error) }), severity: 'error' });
      continue;
    }
    // Sheets that are neither clusters nor initiatives (an « À propos » sheet, notes) are left aside; empty ones too.
    const kept = sheets.map((sheet) => sheetToTable(sheet, workbook.name)).filter((table) => table.columns.length > 0 && tableKind(table) !== null);
    if (kept.length === 0) problems.push({ file: workbook.name, line: 1, ...problemText('unknown-table'), severity: 'error' });
    tables.push(...kept);
  }
  const byKind: Partial<Record<'clusters' | 'initiatives', CsvTable>> = {};
  for (const table of tables) {
    // Not push(...list): a broken file of 100,000 lines has as many problems, more than a call takes arguments.
    for (const problem of table.problems) problems.push(problem);
    const kind = tableKind(table);
    if (!kind) {
      problems.push({ file: table.file, line: 1, ...problemText('unknown-table'), severity: 'error' });
    } else if (table.rows.length === 0) {
      // A header alone is most likely a file saved before it was filled: loading it would empty the page (clusters)
      // or silently drop what the user meant to give (initiatives).
      problems.push({ file: table.file, ...problemText('no-rows'), severity: 'error' });
    } else if (byKind[kind]) {
      problems.push({ file: table.file, ...problemText('second-table', { kind }), severity: 'error' });
    } else byKind[kind] = table;
  }
  if (!byKind.clusters && problems.length === 0) {
    problems.push({ file: [...texts, ...workbooks].map((t) => t.name).join(', '), ...problemText('clusters-needed'), severity: 'error' });
  }
  if (problems.some((p) => p.severity === 'error') || !byKind.clusters) return fail(problems);

  // The commune list is fetched only if some seat names a commune or a department: to place it, or to check its coordinates.
  const needsGeocoder = byKind.clusters.rows.some((row) => row.cells.get('commune') || row.cells.get('insee_code') || row.cells.get('department_code'));
  const geocoder = needsGeocoder ? await options.loadGeocoder() : null;
  const rows = byKind.clusters.rows.length + (byKind.initiatives?.rows.length ?? 0);
  let read = 0;
  const report = options.onRows && ((validated: number) => options.onRows?.(Math.min(rows, Math.floor((read + validated) / 2)), rows));
  const converted = csvToDataset(
    { clusters: byKind.clusters, initiatives: byKind.initiatives ?? null },
    options.frame,
    geocoder,
    options.now,
    report &&
      (() => {
        read += 1;
        report(0);
      }),
  );
  if (!converted.dataset) return fail([...problems, ...converted.problems]);
  const checked = parseDataset(converted.dataset, report);
  if (!checked.ok) return fail(checked.problems.map((p) => inFile(byKind.clusters?.file ?? 'import', p)));
  return succeed(checked.dataset, converted.problems, recodedFiles);
}

/** The records a JSON dataset's schema checks one by one: its initiatives and clusters. */
function recordCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const { initiatives, clusters } = value as { initiatives?: unknown; clusters?: unknown };
  return (Array.isArray(initiatives) ? initiatives.length : 0) + (Array.isArray(clusters) ? clusters.length : 0);
}

/**
 * Seats of a JSON dataset whose coordinates, in France, contradict their
 * commune or department (those outside France are the integrity check's).
 * The commune list is fetched only if some placed seat names one.
 */
async function seatContradictions(dataset: Dataset, file: string, loadGeocoder: () => Promise<Geocoder>): Promise<ImportProblem[]> {
  const checked = (hq: Dataset['clusters'][number]['hq']) =>
    hq.lat !== null && hq.lon !== null && placeInFrance(hq.lat, hq.lon) === 'in-france' && (hq.commune !== null || hq.inseeCode !== null || hq.departmentCode !== null);
  if (!dataset.clusters.some((c) => checked(c.hq))) return [];
  const geocode = await loadGeocoder();
  const problems: ImportProblem[] = [];
  dataset.clusters.forEach(({ hq }, i) => {
    if (hq.lat === null || hq.lon === null || !checked(hq)) return;
    const found = placeContradiction(geocode, hq, { lat: hq.lat, lon: hq.lon });
    if (found) problems.push({ file, path: `clusters[${i}].hq`, ...problemText(found.code, found.params), severity: 'warning' });
  });
  return problems;
}
