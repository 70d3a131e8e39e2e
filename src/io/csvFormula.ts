/**
 * CSV formula neutralisation, shared by the export (which writes it) and the
 * import (which undoes it), so that what one writes the other reads back.
 *
 * A text cell a spreadsheet could run as a formula is one whose first
 * character is = + - @, a tab or a carriage return (OWASP, CSV injection).
 * Only the first character counts, whatever line breaks follow: Papa Parse's
 * own `escapeFormulae: true` ends with `.*$`, which a line break defeats
 * (`=1+1\n+2` went out as a formula). Leading apostrophes are looked through,
 * so a cell that already starts with one gets one more and the import takes
 * exactly one off: `'=x` is written `''=x` and read back as `'=x`.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as it was before the export put an apostrophe in front of it. */
export function unneutraliseFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
