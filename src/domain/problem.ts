/** Values for a problem's wording; a list of names is offered as alternatives. */
export type ProblemParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * A problem found in a file, located (file, then line and column for CSV or a
 * JSON path) and kept as data: `code` and `params` are worded at render, in
 * the reader's language. The import's problems and the notices share it.
 */
export interface LocatedProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly path?: string;
  readonly code: string;
  readonly params: ProblemParams;
}
