import { matrixShades, shadeOf } from '../../domain/coverageMatrix';
import { truncateToWidth, wrapText, type MeasureText } from '../../domain/chart/wrapText';
import { escapeXml } from './svgMarkup';
import type { SheetCell } from './workbook';
import { INK } from '../../domain/designTokens';

/**
 * The coverage matrix as the reader sees it, in words and in the order on
 * screen: what its spreadsheet and its picture are made from. Built by the
 * matrix view (which knows the words and the chosen order).
 */
export interface MatrixTable {
  /** Header of the row labels: « Cluster », « Région » or « Type ». */
  readonly corner: string;
  /** Header of the group size column (grouped rows only), else null. */
  readonly clusterCountHeader: string | null;
  readonly columns: readonly { readonly id: string; readonly header: string }[];
  readonly totalHeader: string;
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly clusterCount: number;
    /** In the order of `columns`. */
    readonly counts: readonly number[];
    readonly total: number;
  }[];
  /** « Clusters qui agissent » and, per column, how many rows act in it. */
  readonly actingLabel: string;
  readonly acting: readonly number[];
  readonly maxCount: number;
}

/** The matrix as typed cells, header first and the « who acts » line last: a sheet of the workbook, or the CSV. */
export function matrixSheet(table: MatrixTable): SheetCell[][] {
  const text = (value: string): SheetCell => ({ value, type: String });
  const bold = (value: string): SheetCell => ({ value, type: String, fontWeight: 'bold' });
  const number = (value: number): SheetCell => ({ value, type: Number });
  const grouped = table.clusterCountHeader !== null;
  return [
    [bold(table.corner), ...(grouped ? [bold(table.clusterCountHeader as string)] : []), ...table.columns.map((c) => bold(c.header)), bold(table.totalHeader)],
    ...table.rows.map((row) => [text(row.label), ...(grouped ? [number(row.clusterCount)] : []), ...row.counts.map(number), number(row.total)]),
    [bold(table.actingLabel), ...(grouped ? [null] : []), ...table.acting.map(number), null],
  ];
}

export interface MatrixDrawing {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
  readonly rowsDrawn: number;
  /** Rows left out of the picture (all of them are in the spreadsheet). */
  readonly rowsLeftOut: number;
}

/** The most rows a picture holds: past that it would no longer fit a page; the spreadsheet has them all. */
export const MAX_DRAWN_ROWS = 60;

const FONT = { size: 12, header: 11 } as const;
const CELL = { width: 88, height: 24 } as const;
const LABEL_WIDTH = 240;
const HEADER_LINES = 3;
const RULE = '#c9ced4';

/**
 * The matrix drawn as an SVG table: row labels, one shaded cell per domain
 * with its count written in it (the shade alone is never the only carrier),
 * row totals and the « who acts » line. Pure: text is measured by the
 * functions given, so the labels are cut where they would overflow.
 */
export function matrixSvg(table: MatrixTable, measure: { readonly text: MeasureText; readonly bold: MeasureText; readonly header: MeasureText }): MatrixDrawing {
  const shades = matrixShades(table.maxCount);
  const rows = table.rows.slice(0, MAX_DRAWN_ROWS);
  const grouped = table.clusterCountHeader !== null;
  const countColumn = grouped ? CELL.width : 0;
  const gridLeft = LABEL_WIDTH + countColumn;
  const headerHeight = HEADER_LINES * 14 + 10;
  const width = gridLeft + (table.columns.length + 1) * CELL.width;
  const height = headerHeight + (rows.length + 1) * CELL.height + 4;
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, options: { anchor?: 'start' | 'middle' | 'end'; weight?: 400 | 600; size?: number; fill?: string } = {}) =>
    `<text x="${x}" y="${y}" font-size="${options.size ?? FONT.size}" font-weight="${options.weight ?? 400}" fill="${options.fill ?? INK}"${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''}>${escapeXml(value)}</text>`;

  // Headers, wrapped over three lines and set on the header's bottom so that short ones sit on the grid.
  const header = (x: number, label: string, anchor: 'start' | 'middle') => {
    const lines = wrapText(label, (anchor === 'start' ? LABEL_WIDTH : CELL.width) - 8, HEADER_LINES, measure.header).lines;
    lines.forEach((line, i) => parts.push(text(x, headerHeight - 6 - (lines.length - 1 - i) * 14, line, { anchor, weight: 600, size: FONT.header })));
  };
  header(4, table.corner, 'start');
  if (grouped) header(LABEL_WIDTH + CELL.width / 2, table.clusterCountHeader as string, 'middle');
  table.columns.forEach((column, c) => header(gridLeft + c * CELL.width + CELL.width / 2, column.header, 'middle'));
  header(gridLeft + table.columns.length * CELL.width + CELL.width / 2, table.totalHeader, 'middle');

  const baseline = (top: number) => top + CELL.height / 2 + FONT.size * 0.36;
  rows.forEach((row, r) => {
    const top = headerHeight + r * CELL.height;
    parts.push(text(4, baseline(top), truncateToWidth(row.label, LABEL_WIDTH - 12, measure.text)));
    if (grouped) parts.push(text(LABEL_WIDTH + CELL.width / 2, baseline(top), String(row.clusterCount), { anchor: 'middle' }));
    row.counts.forEach((count, c) => {
      const shade = shadeOf(count, shades);
      const x = gridLeft + c * CELL.width;
      parts.push(`<rect x="${x + 1}" y="${top + 1}" width="${CELL.width - 2}" height="${CELL.height - 2}" fill="${shade.fill}"/>`);
      parts.push(text(x + CELL.width / 2, baseline(top), String(count), { anchor: 'middle', fill: shade.ink, weight: count > 0 ? 600 : 400 }));
    });
    parts.push(text(gridLeft + table.columns.length * CELL.width + CELL.width / 2, baseline(top), String(row.total), { anchor: 'middle', weight: 600 }));
    parts.push(`<line x1="0" x2="${width}" y1="${top + CELL.height}" y2="${top + CELL.height}" stroke="${RULE}" stroke-width="0.5"/>`);
  });
  const footTop = headerHeight + rows.length * CELL.height;
  parts.push(`<line x1="0" x2="${width}" y1="${footTop}" y2="${footTop}" stroke="${INK}" stroke-width="1"/>`);
  parts.push(text(4, baseline(footTop), truncateToWidth(table.actingLabel, LABEL_WIDTH - 12, measure.bold), { weight: 600 }));
  table.acting.forEach((count, c) => parts.push(text(gridLeft + c * CELL.width + CELL.width / 2, baseline(footTop), String(count), { anchor: 'middle', weight: 600 })));
  parts.push(`<line x1="0" x2="${width}" y1="${headerHeight}" y2="${headerHeight}" stroke="${INK}" stroke-width="1"/>`);

  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { markup, width, height, rowsDrawn: rows.length, rowsLeftOut: table.rows.length - rows.length };
}
