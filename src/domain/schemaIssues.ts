import type { z } from 'zod';
import type { DatasetProblem } from './integrity';

/** Rules the schema states in its own refinements (`params.rule` of a custom issue). */
export const SCHEMA_RULES = ['year-unit-null', 'lat-lon-together', 'commune-needed', 'department-precision-nulls', 'colour-contrast', 'percent-range', 'url-scheme'] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

/** Patterns of the schema's regular expressions, by the rule they state; each has its own wording. */
const FORMATS = {
  '/^[a-z0-9]+(?:-[a-z0-9]+)*$/': 'id',
  '/^\\d{4}-\\d{2}$/': 'month',
  '/^#[0-9a-f]{6}$/i': 'colour',
  '/^(\\d{5}|2[AB]\\d{3})$/': 'insee',
  '/^(\\d{2,3}|2[AB])$/': 'department',
  '/^\\d+\\.\\d+\\.\\d+$/': 'version',
} as const;
const EXPECTED = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;

export type SchemaProblemCode =
  | SchemaRule
  | 'schema-missing'
  | `schema-expected-${(typeof EXPECTED)[number] | 'other'}`
  | 'schema-empty'
  | 'schema-too-few'
  | 'schema-below'
  | 'schema-too-long'
  | 'schema-too-many'
  | 'schema-above'
  | `schema-format-${(typeof FORMATS)[keyof typeof FORMATS] | 'url' | 'other'}`
  | 'schema-one-of'
  | 'schema-invalid';

type Issue = z.core.$ZodIssue;
type Params = DatasetProblem['params'];

/** The value at a zod path in the input, to quote it in the message (texts cut: a message is not the place for a page). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
const quoted = (value: unknown) => (typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 80)}…` : value) : String(value));

/** Which wording a zod issue gets, and with what values: only codes and values, never words (the domain has none). */
function codeOf(issue: Issue, value: unknown): { code: SchemaProblemCode; params: Params } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'schema-missing', params: {} };
      return { code: `schema-expected-${(EXPECTED as readonly string[]).includes(issue.expected) ? (issue.expected as (typeof EXPECTED)[number]) : 'other'}`, params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'schema-empty', params: {} };
      return { code: issue.origin === 'array' ? 'schema-too-few' : 'schema-below', params: { minimum: Number(issue.minimum), value: quoted(value) } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'schema-too-long', params: { maximum: Number(issue.maximum) } };
      return { code: issue.origin === 'array' ? 'schema-too-many' : 'schema-above', params: { maximum: Number(issue.maximum), value: quoted(value) } };
    case 'invalid_format': {
      const rule = issue.format === 'url' ? 'url' : (FORMATS[(issue.pattern ?? '') as keyof typeof FORMATS] ?? 'other');
      return { code: `schema-format-${rule}`, params: { value: quoted(value) } };
    }
    case 'invalid_value':
      return { code: 'schema-one-of', params: { value: quoted(value), allowed: issue.values.map(String).join(', ') } };
    case 'custom': {
      const rule = issue.params?.['rule'] as SchemaRule | undefined;
      const params = (issue.params?.['values'] ?? {}) as Params;
      return rule && (SCHEMA_RULES as readonly string[]).includes(rule) ? { code: rule, params } : { code: 'schema-invalid', params: {} };
    }
    default:
      return { code: 'schema-invalid', params: {} };
  }
}

/** Formats a zod issue path as `clusters[3].hq.lat`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** A zod issue as a located dataset problem, coded for the interface to word in the reader's language. */
export function schemaProblem(issue: Issue, input: unknown): DatasetProblem {
  return { path: formatPath(issue.path), ...codeOf(issue, valueAt(input, issue.path)), message: issue.message, severity: 'error' };
}
