import Papa from 'papaparse';
import { unneutraliseFormula } from '../csvFormula';
import { problemText, type ImportProblem } from './importProblem';

export type CsvDelimiterChoice = 'auto' | ',' | ';' | '\t';

export interface CsvRow {
  /** Line of the file where the row starts (1-based; the header is line 1). */
  readonly line: number;
  /** Cells by lower-cased, trimmed column name. Values are kept as text (codes keep their leading zeros). */
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
  readonly problems: readonly ImportProblem[];
}

const CANDIDATES = [';', ',', '\t', '|'] as const;

/**
 * The separator the header line uses most (outside quotes). The header is the
 * right place to look: data rows of French files are full of decimal commas.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [candidate, count] of counts) {
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Column names the header gives more than once (as compared: trimmed, lower
 * case), each listed once. Empty names are left out: spreadsheets end lines
 * with empty columns, and no cell is read from them.
 */
export function duplicateColumns(columns: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const column of columns) {
    if (column === '') continue;
    if (seen.has(column)) repeated.add(column);
    seen.add(column);
  }
  return [...repeated];
}

/**
 * Line breaks between rows as LF. Papa Parse takes the first break it sees for
 * all, and a file edited on two systems mixes CR LF and LF (or old Mac CR):
 * lines would be joined into cells, and the separator blamed. Breaks inside
 * quoted cells are the cell's own and stay as they are.
 */
export function unifyLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/"[^"]*"|\r\n?/g, (match) => (match.startsWith('"') ? match : '\n')) : text;
}

/**
 * Parses CSV with Papa Parse: the delimiter is detected (or given), quoted
 * fields may hold line breaks, and every row keeps the line it starts on so
 * problems can say where they are. Cells are trimmed, and lose the apostrophe
 * the export adds in front of would-be formulas. Cells go into a Map, so a column named
 * "__proto__" is just a column.
 */
export function parseCsv(original: string, file: string, delimiter: CsvDelimiterChoice = 'auto'): CsvTable {
  const text = unifyLineBreaks(original);
  const problems: ImportProblem[] = [];
  const records: { line: number; values: string[] }[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  let rowStart = 0;
  let detected = delimiter === 'auto' ? detectDelimiter(text) : delimiter;
  Papa.parse<string[]>(text, {
    delimiter: detected,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      detected = result.meta.delimiter;
      const line = lineOf(rowStart);
      for (const error of result.errors) {
        const text =
          error.code === 'MissingQuotes'
            ? problemText('unclosed-quote')
            : error.code === 'InvalidQuotes'
              ? problemText('stray-quote')
              : problemText('csv-error', { detail: error.message });
        problems.push({ file, line, ...text, severity: 'error' });
      }
      records.push({ line, values: result.data });
      rowStart = result.meta.cursor;
      // Skip the line break that ended the row.
      while (text[rowStart] === '\r' || text[rowStart] === '\n') rowStart += 1;
    },
  });

  const header = records.shift();
  if (!header || header.values.every((v) => v.trim() === '')) {
    return { file, columns: [], rows: [], delimiter: detected, problems: [...problems, { file, line: 1, ...problemText('empty-file'), severity: 'error' }] };
  }
  const columns = header.values.map((name) => name.trim().toLowerCase());
  const repeated = duplicateColumns(columns);
  // Cells go into a map by column name: a second "lat" would silently overwrite the first.
  if (repeated.length > 0) problems.push({ file, line: 1, ...problemText('duplicate-columns', { columns: repeated.join(', ') }), severity: 'error' });
  const rows: CsvRow[] = [];
  // One problem per line is enough; a set keeps the check constant-time when a broken file has a problem on every line.
  const linesWithProblems = new Set(problems.map((p) => p.line));
  for (const record of records) {
    if (record.values.every((v) => v.trim() === '')) continue;
    if (record.values.length !== columns.length && !linesWithProblems.has(record.line)) {
      problems.push({
        file,
        line: record.line,
        ...problemText('cell-count', { cells: record.values.length, columns: columns.length, delimiter: detected === '\t' ? 'tab' : detected }),
        severity: 'error',
      });
    }
    // The export puts an apostrophe before cells a spreadsheet would run; it is not part of the value.
    rows.push({ line: record.line, cells: new Map(columns.map((column, i) => [column, unneutraliseFormula((record.values[i] ?? '').trim())])) });
  }
  return { file, columns, rows, delimiter: detected, problems };
}
