import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command (Debian package `libreoffice-calc-nogui`, installed by .ci/run when missing). */
export function sofficePath(): string {
  const path = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
  if (!existsSync(path)) throw new Error(`No LibreOffice at ${path}: install it (apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH.`);
  return path;
}

/** A cell as LibreOffice Calc understood it: a number, or text. */
export interface CalcCell {
  readonly text: string;
  readonly number: boolean;
}

/** LibreOffice's language codes for the locales our users' spreadsheets run in. */
const LANGUAGE = { 'fr-FR': 1036, 'en-US': 1033 } as const;

/**
 * Opens a CSV file as a user's LibreOffice Calc would in the given locale
 * (UTF-8, the separator given), and says what each cell became: the sheet is
 * saved again as CSV with every text cell quoted and numbers written plainly,
 * so a number is told from text that looks like one (`0.15` in a French sheet).
 */
export async function openCsvInCalc(bytes: Buffer, separator: ',' | ';', locale: keyof typeof LANGUAGE): Promise<CalcCell[][]> {
  const folder = await mkdtemp(join(tmpdir(), 'calc-'));
  try {
    const input = join(folder, 'table.csv');
    await writeFile(input, bytes);
    const importOptions = `CSV:${separator.charCodeAt(0)},34,76,1,,${LANGUAGE[locale]}`;
    // Export: comma, double quotes, UTF-8, from line 1, en-US numbers, every text cell quoted, raw values (not as shown).
    const exportFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false';
    await run(sofficePath(), ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, `--infilter=${importOptions}`, '--convert-to', exportFilter, '--outdir', join(folder, 'out'), input], { timeout: 120_000 });
    return readQuotedCsv(await readFile(join(folder, 'out', 'table.csv'), 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Opens a workbook (.xlsx) in LibreOffice Calc and says, sheet by sheet,
 * what each cell is: every sheet is saved as CSV with text quoted and numbers
 * plain, as `openCsvInCalc` does.
 */
export async function openWorkbookInCalc(bytes: Buffer): Promise<Record<string, CalcCell[][]>> {
  const folder = await mkdtemp(join(tmpdir(), 'calc-'));
  try {
    const input = join(folder, 'book.xlsx');
    await writeFile(input, bytes);
    // As for CSV, plus the last option: every sheet (-1), each to book-<sheet name>.csv.
    const exportFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1';
    const out = join(folder, 'out');
    await run(sofficePath(), ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', exportFilter, '--outdir', out, input], { timeout: 120_000 });
    const sheets: Record<string, CalcCell[][]> = {};
    for (const file of await readdir(out)) {
      const name = /^book-(.*)\.csv$/.exec(file)?.[1];
      if (name !== undefined) sheets[name] = readQuotedCsv(await readFile(join(out, file), 'utf8'));
    }
    return sheets;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * A sheet saved by LibreOffice Calc itself in a French locale: the test's
 * table (semicolons, decimal commas, UTF-8) is opened in Calc, then saved as
 * an Excel workbook, or as the CSV French Calc writes (semicolons, decimal
 * commas, Windows-1252). Columns given in `textColumns` (1-based) are read as
 * text, as a user formats a column of codes.
 */
export async function saveInCalc(frenchCsv: string, as: 'xlsx' | 'csv', textColumns: readonly number[] = []): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'calc-'));
  try {
    const input = join(folder, 'feuille.csv');
    await writeFile(input, frenchCsv, 'utf8');
    const formats = textColumns.map((column) => `${column}/2`).join('/');
    // Windows-1252 is LibreOffice's character set 1.
    const target = as === 'xlsx' ? 'xlsx' : 'csv:Text - txt - csv (StarCalc):59,34,1,1,,1036';
    await run(sofficePath(), ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, `--infilter=CSV:59,34,76,1,${formats},1036`, '--convert-to', target, '--outdir', join(folder, 'out'), input], {
      timeout: 120_000,
      // Calc writes numbers as a French user sees them only when it runs in French.
      env: { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' },
    });
    return await readFile(join(folder, 'out', as === 'xlsx' ? 'feuille.xlsx' : 'feuille.csv'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** RFC 4180 records, each field with whether it was quoted (LibreOffice quotes text, not numbers). */
function readQuotedCsv(text: string): CalcCell[][] {
  const rows: CalcCell[][] = [];
  let row: CalcCell[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  const endField = () => {
    row.push({ text: field, number: !quoted && field !== '' });
    field = '';
    quoted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else inQuotes = false;
    } else if (char === '"') {
      inQuotes = true;
      quoted = true;
    } else if (char === ',') endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
