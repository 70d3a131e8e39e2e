import type { z } from 'zod';
import { checkIntegrity, type DatasetProblem } from './integrity';
import { Dataset } from './schema';
import { schemaProblem } from './schemaIssues';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly DatasetProblem[] }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** The arrays that grow with a network (100,000 clusters), in the schema's order, one after the other. */
const RECORD_LISTS = ['initiatives', 'clusters'] as const;
const SHAPE_KEYS = Object.keys(Dataset.shape);
const FIRST_RECORD_KEY = SHAPE_KEYS.indexOf(RECORD_LISTS[0]);

type Issue = z.core.$ZodIssue;
type Shape = { readonly ok: true; readonly data: Dataset } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The schema, run on the records of the long lists one by one so that a
 * caller can say how far it is (`onRecordChecked`, after each initiative and
 * cluster). The issues are those of one parse of the whole, in the same order:
 * an object's issues come key by key in the schema's order, and an array's
 * element by element, so the rest of the dataset's issues (with its long
 * lists left empty) are split around the records'. Input that is not an
 * object with both lists is parsed whole.
 */
function parseShape(input: unknown, onRecordChecked?: (checked: number) => void): Shape {
  const whole = (): Shape => {
    const parsed = Dataset.safeParse(input);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parsed.error.issues };
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return whole();
  const object = input as Record<string, unknown>;
  const lists = RECORD_LISTS.map((key) => object[key]);
  if (!lists.every((list) => Array.isArray(list))) return whole();

  const frame = Dataset.safeParse({ ...object, initiatives: [], clusters: [] });
  const frameIssues = frame.success ? [] : frame.error.issues;
  const before = (issue: Issue) => issue.path.length === 0 || SHAPE_KEYS.indexOf(String(issue.path[0])) < FIRST_RECORD_KEY;
  const issues: Issue[] = frameIssues.filter(before);
  let checked = 0;
  const parsedLists = RECORD_LISTS.map((key, k) => {
    const element = Dataset.shape[key].element;
    const parsed: unknown[] = [];
    for (const [i, record] of (lists[k] as unknown[]).entries()) {
      const result = element.safeParse(record);
      if (result.success) parsed.push(result.data);
      // Not push(...issues): a broken network has problems on 100,000 records.
      else for (const issue of result.error.issues) issues.push({ ...issue, path: [key, i, ...issue.path] });
      checked += 1;
      onRecordChecked?.(checked);
    }
    return parsed;
  });
  for (const issue of frameIssues) if (!before(issue)) issues.push(issue);
  if (issues.length > 0 || !frame.success) return { ok: false, issues };
  const [initiatives, clusters] = parsedLists as [Dataset['initiatives'], Dataset['clusters']];
  return { ok: true, data: { ...frame.data, initiatives, clusters } };
}

/**
 * Validates unknown JSON as a dataset: shape first (schema), then
 * cross-references (integrity). Nothing is returned unless both pass, so a
 * broken file can never replace a good dataset.
 */
export function parseDataset(input: unknown, onRecordChecked?: (checked: number) => void): ParseResult {
  const parsed = parseShape(input, onRecordChecked);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((issue) => schemaProblem(issue, input)) };
  const problems = checkIntegrity(parsed.data);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, dataset: parsed.data, warnings: problems };
}
