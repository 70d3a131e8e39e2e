import { LANGUAGES, type DataText, type Language } from '../../domain/language';
import type { Cluster, Initiative } from '../../domain/schema';
import { FORMULA_START } from '../csvFormula';

/** A text's columns, one per language of the app: `label_fr`, `label_en`… */
function textColumns<Name extends string>(name: Name): `${Name}_${Language}`[] {
  return LANGUAGES.map((language) => `${name}_${language}` as const);
}

/** A text's cells under `textColumns(name)`; a language the data leaves out (or no text at all) is an empty cell. */
export function textCells<Name extends string>(name: Name, text: DataText | null): Record<`${Name}_${Language}`, string | null> {
  return Object.fromEntries(LANGUAGES.map((language) => [`${name}_${language}`, text?.[language] ?? null])) as Record<`${Name}_${Language}`, string | null>;
}

/**
 * The two tables a dataset flattens to. Their columns are the CSV format
 * users can also import (README, "CSV tables").
 */
export const INITIATIVE_COLUMNS = [
  'id',
  ...textColumns('label'),
  'domain',
  'audience',
  'horizon',
  'position_source',
  'case_study',
  'clusters',
  ...textColumns('summary'),
] as const;

export const CLUSTER_COLUMNS = [
  'id',
  'name',
  'type',
  'interviewed',
  ...textColumns('sector'),
  'commune',
  'insee_code',
  'department_code',
  'department_name',
  'region',
  'lat',
  'lon',
] as const;

export type Cell = string | number | boolean | null;
export type Row<Columns extends readonly string[]> = Record<Columns[number], Cell>;

/** Several ids in one cell. */
export const LIST_SEPARATOR = '|';

export function initiativeRows(initiatives: readonly Initiative[]): Row<typeof INITIATIVE_COLUMNS>[] {
  return initiatives.map((i) => ({
    id: i.id,
    ...textCells('label', i.label),
    domain: i.domain,
    audience: i.audience,
    horizon: i.horizon,
    position_source: i.positionSource,
    case_study: i.caseStudy,
    clusters: i.clusters.join(LIST_SEPARATOR),
    ...textCells('summary', i.summary),
  }));
}

export function clusterRows(clusters: readonly Cluster[]): Row<typeof CLUSTER_COLUMNS>[] {
  return clusters.map((c) => ({
    id: c.id,
    name: c.name,
    type: c.type,
    interviewed: c.interviewed,
    ...textCells('sector', c.sector),
    commune: c.hq.commune,
    insee_code: c.hq.inseeCode,
    department_code: c.hq.departmentCode,
    department_name: c.hq.departmentName,
    region: c.hq.region?.today ?? null,
    lat: c.hq.lat,
    lon: c.hq.lon,
  }));
}

export type CsvDelimiter = ',' | ';';

const BOM = '\uFEFF';

/**
 * A cell as CSV text. Numbers follow the separator's convention: with the
 * comma, a decimal point; with the semicolon, French Excel's, a decimal comma
 * (`0,15`: French Excel and LibreOffice read `0.15` as text). They are never
 * neutralised as formulas: `-1,55` is a longitude. A text cell a spreadsheet
 * could run gets an apostrophe in front (see csvFormula.ts) and quotes.
 */
function csvCell(cell: Cell, delimiter: CsvDelimiter): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return delimiter === ';' ? String(cell).replace('.', ',') : String(cell);
  if (typeof cell === 'boolean') return String(cell);
  const neutralised = FORMULA_START.test(cell);
  const text = neutralised ? `'${cell}` : cell;
  const quoted = neutralised || text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with a byte-order mark so that
 * spreadsheets read the accents, and safe to open: a text cell matching
 * `FORMULA_START` is prefixed with an apostrophe so no spreadsheet runs it.
 * The import reads both conventions back (decimal point or comma).
 */
export function toCsv<Columns extends readonly string[]>(columns: Columns, rows: readonly Row<Columns>[], delimiter: CsvDelimiter): string {
  return csvText([columns, ...rows.map((row) => columns.map((column) => row[column as Columns[number]] ?? null))], delimiter);
}

/** Lines of cells as CSV text (BOM, CRLF), with the same cell rules as `toCsv`. */
export function csvText(lines: readonly (readonly Cell[])[], delimiter: CsvDelimiter): string {
  return `${BOM}${lines.map((line) => line.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
