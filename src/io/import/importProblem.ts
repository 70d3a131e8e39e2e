import type { DatasetProblemCode } from '../../domain/integrity';
import type { LocatedProblem } from '../../domain/problem';
import { en } from '../../i18n/en';
import { quotedAlternatives } from '../../i18n/quotedList';

/** Problems of reading files, worded in `importProblems`; those of a dataset's content are worded in `datasetWords`, loaded with the import. */
export type FileProblemCode = keyof typeof en.importProblems;
export type ImportProblemCode = FileProblemCode | DatasetProblemCode;
import type { ProblemParams } from '../../domain/problem';
export type { ProblemParams };

/**
 * Something found while reading a user's file: where (file, then line and
 * column for CSV or a JSON path) and what was expected. Errors stop the
 * import; warnings let it through and are listed. `code` and `params` word
 * it in the reader's language; `message` is the English wording, for logs.
 */
export interface ImportProblem extends LocatedProblem {
  readonly code: ImportProblemCode;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** At most this many problems are listed: past that, the file needs fixing at the source. */
export const MAX_LISTED_PROBLEMS = 200;

/** The kind a problem is counted under past the listed ones: a suggestion does not make another kind, nor does the type or format asked for. */
export function problemKind(code: ImportProblemCode): string {
  return code.replace(/-suggest$/, '').replace(/^(schema-expected|schema-format)-.*$/, '$1');
}

/** Problems past the listed ones, counted by kind, the commonest first. */
export interface OmittedProblems {
  readonly count: number;
  /** How many of them are errors (the rest are warnings). */
  readonly errors: number;
  readonly byKind: readonly { readonly kind: string; readonly count: number }[];
}

/** The first problems to list, and how many more of each kind there are: a broken network file may have one on each of 100,000 lines. */
export function listProblems(problems: readonly ImportProblem[]): { readonly listed: readonly ImportProblem[]; readonly omitted: OmittedProblems } {
  const counts = new Map<string, number>();
  let errors = 0;
  for (let i = MAX_LISTED_PROBLEMS; i < problems.length; i += 1) {
    const problem = problems[i] as ImportProblem;
    const kind = problemKind(problem.code);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (problem.severity === 'error') errors += 1;
  }
  const byKind = [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count);
  return { listed: problems.slice(0, MAX_LISTED_PROBLEMS), omitted: { count: Math.max(0, problems.length - MAX_LISTED_PROBLEMS), errors, byKind } };
}

/** The code, its parameters and its English wording, to spread into a problem. */
export function problemText(code: FileProblemCode, params: ProblemParams = {}): Pick<ImportProblem, 'code' | 'params' | 'message'> {
  const message = en.importProblems[code].replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (_, name: string) => {
    const value = params[name] ?? '';
    return typeof value === 'object' ? quotedAlternatives(value, 'en') : String(value);
  });
  return { code, params, message };
}

export function formatProblemPlace(problem: Pick<ImportProblem, 'file' | 'line' | 'column' | 'path'>): string {
  const parts = [problem.file];
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  if (problem.path !== undefined) parts.push(problem.path);
  return parts.join(', ');
}
