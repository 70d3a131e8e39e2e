import { CLUSTER_COLUMNS, INITIATIVE_COLUMNS } from '../export/tables';
import { problemText } from './importProblem';
import type { CsvRow, CsvTable } from './parseCsv';
import { duplicateColumns } from './parseCsv';

/** What a spreadsheet cell can hold once read. */
export type SheetValue = string | number | boolean | Date | null | undefined;

export interface ReadSheet {
  readonly sheet: string;
  readonly data: readonly (readonly SheetValue[])[];
}

/** An .xlsx file is a zip archive: it starts with "PK\x03\x04". */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/** Codes a spreadsheet may have turned into numbers (01053 → 1053): their width, to put the zeros back. */
const CODE_WIDTH: Readonly<Record<string, number>> = { insee_code: 5, code_insee: 5, department_code: 2 };

function cellText(value: SheetValue, column: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    const width = CODE_WIDTH[column];
    return width !== undefined && Number.isInteger(value) && value >= 0 ? String(value).padStart(width, '0') : String(value);
  }
  return String(value).trim();
}

/**
 * The columns to read: a workbook exported by the dashboard puts human
 * columns first and the CSV's exact columns after them, from `id` on; those
 * are what is read back. Any other sheet is read whole, like a CSV file.
 */
function machineBlock(columns: readonly string[]): { from: number; to: number } {
  for (const known of [INITIATIVE_COLUMNS, CLUSTER_COLUMNS] as const) {
    const from = columns.findIndex((column, i) => column === 'id' && known.every((name, k) => columns[i + k] === name));
    if (from > 0) return { from, to: from + known.length };
  }
  return { from: 0, to: columns.length };
}

/**
 * One sheet as the table a CSV file gives: lower-cased headers, text cells
 * (numbers written with a decimal point, dates as yyyy-mm-dd, codes with
 * their leading zeros back), rows numbered as the spreadsheet numbers them,
 * empty rows (trailing ones, blank lines, merged-cell leftovers) skipped.
 * The table is named "file › sheet", so every problem says where it is.
 */
export function sheetToTable(sheet: ReadSheet, workbookName: string): CsvTable {
  const file = `${workbookName} › ${sheet.sheet}`;
  // The header is the first row naming two columns or more: a title row above it (« Liste des clusters ») is skipped.
  const named = (row: readonly SheetValue[]) => row.filter((value) => cellText(value, '') !== '').length;
  const firstTable = sheet.data.findIndex((row) => named(row) >= 2);
  const headerAt = firstTable >= 0 ? firstTable : sheet.data.findIndex((row) => named(row) > 0);
  if (headerAt < 0) return { file, columns: [], rows: [], delimiter: '', problems: [{ file, line: 1, ...problemText('empty-file'), severity: 'error' }] };
  const allColumns = (sheet.data[headerAt] ?? []).map((value) => cellText(value, '').toLowerCase());
  const { from, to } = machineBlock(allColumns);
  const columns = allColumns.slice(from, to);
  const problems = [];
  const repeated = duplicateColumns(columns);
  if (repeated.length > 0) problems.push({ file, line: headerAt + 1, ...problemText('duplicate-columns', { columns: repeated.join(', ') }), severity: 'error' as const });
  const rows: CsvRow[] = [];
  sheet.data.forEach((values, index) => {
    if (index <= headerAt) return;
    const cells = new Map(columns.map((column, i) => [column, cellText(values[from + i], column)]));
    if ([...cells.values()].every((text) => text === '')) return;
    rows.push({ line: index + 1, cells });
  });
  return { file, columns, rows, delimiter: '', problems };
}

/** The sheets of a workbook, read with read-excel-file (loaded only when a workbook is imported). */
export async function readWorkbookSheets(bytes: Uint8Array): Promise<ReadSheet[]> {
  const { default: readExcelFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return (await readExcelFile(buffer)) as ReadSheet[];
}
