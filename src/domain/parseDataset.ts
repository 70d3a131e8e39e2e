import { checkIntegrity, type DatasetProblem } from './integrity';
import { Dataset } from './schema';
import { schemaProblem } from './schemaIssues';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly DatasetProblem[] }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/**
 * Validates unknown JSON as a dataset: shape first (schema), then
 * cross-references (integrity). Nothing is returned unless both pass, so a
 * broken file can never replace a good dataset.
 */
export function parseDataset(input: unknown): ParseResult {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => schemaProblem(issue, input)) };
  const problems = checkIntegrity(parsed.data);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, dataset: parsed.data, warnings: problems };
}
