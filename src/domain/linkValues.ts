import { normalizeRange, type AxisRange } from './axisRange';

/** What can tell whether it knows a value: a set, or a map by id (a dataset's index has one for each kind). */
export interface Known<T> {
  has(value: T): boolean;
}

/** What a link may name in the dataset on screen, so that unknown ids are dropped instead of breaking the view. */
export interface UrlVocabulary {
  readonly domainIds: Known<string>;
  readonly regions: Known<string>;
  readonly clusterIds: Known<string>;
  readonly initiativeIds: Known<string>;
  readonly caseStudyNumbers: Known<number>;
}

/** Something a link says that the view does not follow as written: a malformed value, or one cut to fit. */
export interface LinkValueProblem {
  readonly value: string;
  readonly reason: 'invalid' | 'shortened';
}

/** What a link's value reads as: `value` absent leaves the choice at its default. */
export interface LinkReading<V> {
  readonly value?: V;
  readonly problems: readonly LinkValueProblem[];
}

export const invalid = (value: string): LinkValueProblem => ({ value, reason: 'invalid' });

/** Three decimals at most: links stay short, and a step (a third of an axis) survives the trip. */
export const formatLinkNumber = (n: number) => String(Math.round(n * 1000) / 1000);
export const formatRange = (range: AxisRange) => `${formatLinkNumber(range[0])}-${formatLinkNumber(range[1])}`;

/**
 * Lists are comma-separated; a comma or a backslash inside an item (a region
 * named « Provence, Alpes… » in an imported dataset) is escaped with a
 * backslash, so every name the data holds survives a link.
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/** The items of a list written by `joinList` (and of older links, written without escapes). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) item += value[(i += 1)];
    else if (c === ',') {
      items.push(item);
      item = '';
    } else item += c;
  }
  items.push(item);
  return items;
}

export function parseRange(value: string): AxisRange | null {
  const match = /^(-?\d*\.?\d+)-(-?\d*\.?\d+)$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from < 0 || to > 1 || from > to) return null;
  return normalizeRange(from, to);
}

/** The items of a list a link gives that `accept` knows, each once, and those it does not. */
export function parseList<T extends string>(value: string, accept: (item: string) => item is T): { items: T[]; rejected: string[] } {
  const items: T[] = [];
  const rejected: string[] = [];
  for (const written of splitList(value).filter((s) => s.trim() !== '')) {
    // As written first (a name may end with a space), then without the spaces a hand-edited link adds.
    const item = accept(written) ? written : written.trim();
    if (accept(item)) {
      if (!items.includes(item)) items.push(item);
    } else rejected.push(written);
  }
  return { items, rejected };
}
