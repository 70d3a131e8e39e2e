/**
 * Something found while reading a user's file: where (file, then line and
 * column for CSV or a JSON path) and what was expected. Errors stop the
 * import; warnings let it through and are listed.
 */
export interface ImportProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly path?: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** At most this many problems are listed: past that, the file needs fixing at the source. */
export const MAX_LISTED_PROBLEMS = 200;

export function formatProblemPlace(problem: ImportProblem): string {
  const parts = [problem.file];
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  if (problem.path !== undefined) parts.push(problem.path);
  return parts.join(', ');
}
