import { parseDataset } from '../../domain/parseDataset';
import type { Dataset } from '../../domain/schema';
import { csvToDataset, tableKind, type Geocoder } from './csvToDataset';
import { decodeText, MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './decodeText';
import { MAX_LISTED_PROBLEMS, problemText, type ImportProblem } from './importProblem';
import { parseCsv, type CsvDelimiterChoice, type CsvTable } from './parseCsv';
import { isWorkbook, readWorkbookSheets, sheetToTable } from './readWorkbook';

/** A file to import, already read (from a file picker, a drop, or a same-origin URL). */
export interface ImportSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ImportOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly ImportProblem[]; readonly recodedFiles: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface ImportOptions {
  readonly delimiter: CsvDelimiterChoice;
  /** The dataset whose domains frame CSV initiatives (the study's six). */
  readonly frame: Dataset;
  readonly loadGeocoder: () => Promise<Geocoder>;
  readonly now: Date;
}

const fail = (problems: ImportProblem[]): ImportOutcome => ({ ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS) });

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
      return fail([{ file: only.name, ...problemText('not-json', { detail: error instanceof Error ? error.message : String(error) }), severity: 'error' }]);
    }
    const result = parseDataset(value);
    // Valid, but it would replace the data on screen with an empty page.
    if (result.ok && result.dataset.initiatives.length === 0 && result.dataset.clusters.length === 0) {
      return fail([{ file: only.name, ...problemText('dataset-empty'), severity: 'error' }]);
    }
    const located = (list: readonly { path: string; message: string; severity: 'error' | 'warning' }[]) =>
      list.map((p) => ({ file: only.name, path: p.path, ...problemText('dataset', { detail: p.message }), severity: p.severity }));
    return result.ok ? { ok: true, dataset: result.dataset, warnings: located(result.warnings), recodedFiles } : fail(located(result.problems));
  }

  const tables = texts.map((t) => parseCsv(t.text, t.name, options.delimiter));
  for (const workbook of workbooks) {
    let sheets;
    try {
      sheets = await readWorkbookSheets(workbook.bytes);
    } catch (error) {
      problems.push({ file: workbook.name, ...problemText('not-workbook', { detail: error instanceof Error ? error.message : String(error) }), severity: 'error' });
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

  // The commune list is fetched only if some seat has a commune but no coordinates.
  const needsGeocoder = byKind.clusters.rows.some((row) => !row.cells.get('lat') && (row.cells.get('commune') || row.cells.get('insee_code')));
  const geocoder = needsGeocoder ? await options.loadGeocoder() : null;
  const converted = csvToDataset({ clusters: byKind.clusters, initiatives: byKind.initiatives ?? null }, options.frame, geocoder, options.now);
  if (!converted.dataset) return fail([...problems, ...converted.problems]);
  const checked = parseDataset(converted.dataset);
  if (!checked.ok) {
    return fail(checked.problems.map((p) => ({ file: byKind.clusters?.file ?? 'import', path: p.path, ...problemText('dataset', { detail: p.message }), severity: p.severity })));
  }
  return { ok: true, dataset: checked.dataset, warnings: converted.problems.slice(0, MAX_LISTED_PROBLEMS), recodedFiles };
}
