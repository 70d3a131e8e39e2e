import type { TFunction } from 'i18next';
import type { CellObject } from 'write-excel-file/universal';
import type { DatasetIndex } from '../../domain/datasetIndex';
import { audienceBand, horizonBand } from '../../domain/format';
import type { Cluster, Initiative } from '../../domain/schema';
import { CLUSTER_COLUMNS, clusterRows, csvText, INITIATIVE_COLUMNS, initiativeRows, type Cell, type CsvDelimiter, type Row } from './tables';
import { dataText, type Language } from '../../domain/language';

/** A cell of a sheet, typed: text stays text (codes keep their leading zeros), numbers stay numbers. */
export type SheetCell = CellObject | null;

export interface SheetSpec {
  readonly sheet: string;
  readonly data: SheetCell[][];
  readonly columns: { readonly width: number }[];
  /** The header row stays in sight while scrolling. */
  readonly stickyRowsCount: number;
}

/** What the "About" sheet says: enough for the workbook to stand on its own, pasted or forwarded. */
export interface WorkbookAbout {
  readonly title: string;
  readonly filters: readonly string[];
  readonly source: string;
  readonly datasetVersion: string;
  readonly exportedOn: string;
  readonly link: string;
}

export const text = (value: string | null | undefined): SheetCell => (value === null || value === undefined || value === '' ? null : { value, type: String });
const number = (value: number | null | undefined): SheetCell => (value === null || value === undefined ? null : { value, type: Number });
export const header = (value: string): SheetCell => ({ value, type: String, fontWeight: 'bold' });

/** A cell of the exact CSV columns, typed: codes and ids are text, positions and coordinates numbers. */
function machineCell(cell: Cell): SheetCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return number(cell);
  return text(String(cell));
}

/** The exact CSV table as typed cells, header first: what the import reads back (the workbook's right part, the templates). */
export function machineTable<Columns extends readonly string[]>(columns: Columns, rows: readonly Row<Columns>[]): SheetCell[][] {
  return [columns.map(header), ...rows.map((row) => columns.map((column) => machineCell(row[column as Columns[number]] ?? null)))];
}

/** Width in characters: the longest of the header and a sample of values, within reason. */
function widths(data: SheetCell[][]): { width: number }[] {
  // A sample, also for the column count: spreading 100,000 rows into Math.max would overflow the call stack.
  const sample = data.slice(0, 200);
  const count = Math.max(0, ...sample.map((row) => row.length));
  return Array.from({ length: count }, (_, column) => {
    const longest = Math.max(0, ...sample.map((row) => String(row[column]?.value ?? '').length));
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

function sheet(name: string, data: SheetCell[][]): SheetSpec {
  return { sheet: name, data, columns: widths(data), stickyRowsCount: 1 };
}

/**
 * The filtered view in words: initiatives and clusters with human headers and
 * labels in the interface's language (« court terme (moins de 6 mois) », the
 * domain's name, the clusters' names, Oui/Non), cells typed. What the
 * « lisible » CSV holds, and the left part of the workbook's sheets.
 */
export function readableTables(
  index: DatasetIndex,
  visible: { readonly initiatives: readonly Initiative[]; readonly clusters: readonly Cluster[] },
  language: Language,
  t: TFunction,
): { readonly initiatives: SheetCell[][]; readonly clusters: SheetCell[][] } {
  const yesNo = (value: boolean) => text(t(value ? 'export.yes' : 'export.no'));
  const initiativeHeaders = [
    t('tables.initiative'),
    t('detail.domain'),
    t('filters.audience'),
    t('export.audienceValue'),
    t('filters.horizon'),
    t('export.horizonValue'),
    t('tables.caseStudy'),
    t('detail.clusters'),
    t('export.summary'),
  ];
  const initiatives: SheetCell[][] = [
    initiativeHeaders.map(header),
    ...visible.initiatives.map((initiative) => [
      text(dataText(initiative.label, language)),
      text(dataText(index.domainById.get(initiative.domain)?.label, language) ?? initiative.domain),
      text(t(`detail.audience_${audienceBand(initiative.audience)}`)),
      number(initiative.audience),
      text(t(`detail.horizon_${horizonBand(initiative.horizon)}`)),
      number(initiative.horizon),
      number(initiative.caseStudy),
      text(initiative.clusters.map((id) => index.clusterById.get(id)?.name ?? id).join(' ; ')),
      text(dataText(initiative.summary, language)),
    ]),
  ];
  const clusterHeaders = [
    t('tables.cluster'),
    t('detail.type'),
    t('export.interviewed'),
    t('export.sector'),
    t('export.commune'),
    t('export.inseeCode'),
    t('export.departmentCode'),
    t('export.department'),
    t('detail.region'),
    t('export.latitude'),
    t('export.longitude'),
  ];
  const clusters: SheetCell[][] = [
    clusterHeaders.map(header),
    ...visible.clusters.map((cluster) => [
      text(cluster.name),
      text(t(`clusterType.${cluster.type}`)),
      yesNo(cluster.interviewed),
      text(dataText(cluster.sector, language)),
      text(cluster.hq.commune),
      text(cluster.hq.inseeCode),
      text(cluster.hq.departmentCode),
      text(cluster.hq.departmentName),
      text(cluster.hq.region?.today),
      number(cluster.hq.lat),
      number(cluster.hq.lon),
    ]),
  ];
  return { initiatives, clusters };
}

/** A table of typed cells as CSV: the « lisible » variant, read by people, not re-imported. */
export function readableCsv(table: readonly SheetCell[][], delimiter: CsvDelimiter): string {
  return csvText(table.map((row) => row.map((cell) => (cell?.value === undefined ? null : (cell.value as string | number)))), delimiter);
}

/**
 * The filtered view as a workbook: « Initiatives » and « Clusters » sheets
 * with human headers and labels in the interface's language first, then the
 * exact CSV columns (machine ids) at the right for re-import, the coverage
 * matrix as the page has it (« Matrice », when given), and an « À
 * propos » sheet (title, filters in words, source, dataset version, date,
 * link). Pure: the file itself is written by `workbookBlob`.
 */
export function workbookSheets(
  index: DatasetIndex,
  visible: { readonly initiatives: readonly Initiative[]; readonly clusters: readonly Cluster[]; readonly matrix?: SheetCell[][] },
  about: WorkbookAbout,
  language: Language,
  t: TFunction,
): SheetSpec[] {
  const readable = readableTables(index, visible, language, t);
  // Row by row, the words on the left and the exact columns on the right (both tables have the header first).
  const machineInitiatives = machineTable(INITIATIVE_COLUMNS, initiativeRows(visible.initiatives));
  const machineClusters = machineTable(CLUSTER_COLUMNS, clusterRows(visible.clusters));
  const initiatives = readable.initiatives.map((row, i) => [...row, ...(machineInitiatives[i] ?? [])]);
  const clusters = readable.clusters.map((row, i) => [...row, ...(machineClusters[i] ?? [])]);
  const aboutRows: SheetCell[][] = [
    [header(t('export.aboutTitle')), text(about.title)],
    [header(t('export.aboutFilters')), text(about.filters.length > 0 ? about.filters.join(' · ') : t('filterWords.none'))],
    [header(t('export.aboutSource')), text(about.source)],
    [header(t('export.aboutVersion')), text(about.datasetVersion)],
    [header(t('export.aboutDate')), text(about.exportedOn)],
    [header(t('export.aboutLink')), text(about.link)],
  ];
  return [
    sheet(t('export.sheetInitiatives'), initiatives),
    sheet(t('export.sheetClusters'), clusters),
    ...(visible.matrix ? [sheet(t('export.sheetMatrix'), visible.matrix)] : []),
    { ...sheet(t('export.sheetAbout'), aboutRows), stickyRowsCount: 0 },
  ];
}

/** The workbook file; the writer (about 40 KB) is loaded only when a workbook is asked for. */
export async function workbookBlob(sheets: readonly SheetSpec[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  return writeExcelFile(sheets.map((s) => ({ ...s, columns: [...s.columns] }))).toBlob();
}
