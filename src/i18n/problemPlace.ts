import type { TFunction } from 'i18next';

/** Where a problem is, in the reader's words: "clusters.csv, ligne 14, colonne lat". */
export function problemPlace(
  problem: { readonly file: string; readonly line?: number; readonly column?: string; readonly path?: string },
  t: TFunction,
): string {
  return [problem.file, problem.line !== undefined && `${t('import.line')} ${problem.line}`, problem.column && `${t('import.column')} ${problem.column}`, problem.path]
    .filter(Boolean)
    .join(', ');
}
