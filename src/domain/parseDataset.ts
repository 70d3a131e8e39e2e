import { checkIntegrity, type DatasetProblem } from './integrity';
import { Dataset } from './schema';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly DatasetProblem[] }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** Formats a zod issue path as `clusters[3].hq.lat`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Validates unknown JSON as a dataset: shape first (schema), then
 * cross-references (integrity). Nothing is returned unless both pass, so a
 * broken file can never replace a good dataset.
 */
export function parseDataset(input: unknown): ParseResult {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message, severity: 'error' as const })),
    };
  }
  const problems = checkIntegrity(parsed.data);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, dataset: parsed.data, warnings: problems };
}
