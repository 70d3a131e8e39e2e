import { foldForSearch } from '../../domain/text';

/** A known name and the group it belongs to (for communes: the department code). */
export interface KnownName {
  readonly name: string;
  readonly group: string;
}

/** Counts the work done, for tests: `comparisons` is the number of edit distances computed. */
export interface SuggestStats {
  comparisons: number;
}

/** What suggestions answer to: the name as given, and the group when the row gives one. */
export type NameSuggester = (query: string, group?: string | null) => readonly string[];

/** At most this many names are suggested. */
export const MAX_SUGGESTIONS = 3;

/**
 * The form names are compared in: the geocoder's folding (case, accents, ligatures, hyphens and apostrophes
 * ignored), "St"/"Ste" read as "Saint"/"Sainte", and no spaces, so "St-Malo", "SAINT MALO" and "Saintmalo"
 * are one key.
 */
export function nameKey(text: string): string {
  return foldForSearch(text)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join('');
}

/** How many edits a key of this length may be from a known one and still be suggested: a short name has few near misses that mean anything. */
export function maxEdits(keyLength: number): number {
  if (keyLength < 3) return 0;
  return keyLength < 6 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where no character is edited twice: insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1), computed only up to `max`: anything
 * further is `max + 1`. Only a band of width 2·max+1 is filled, and a row where every cell is over `max` ends it.
 * `rows` are three scratch rows at least `b.length + 2` long.
 */
export function boundedOsaDistance(a: string, b: string, max: number, rows?: readonly [Int32Array, Int32Array, Int32Array]): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  let [before, previous, current] = rows ?? [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  previous[m + 1] = over;
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    current[high + 1] = over;
    let rowMin = current[low - 1] as number;
    const ai = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m] as number, over);
}

/** One bit per letter a–z, the other characters sharing the six spare bits. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

/** The number of bits set in a 32-bit mask. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

type Entry = KnownName & { readonly folded: string };

/** The known keys of one length, their letter masks, and the names behind each key. */
interface Bucket {
  readonly keys: string[];
  readonly masks: number[];
  readonly names: Entry[][];
}

/**
 * Suggests the known names closest to one that was not found: only names within `maxEdits` of it (on
 * `nameKey`); of those, the ones in the query's group if there are any; of those, the closest; at most three, in
 * alphabetical order. Never a name that folds to the query itself (it was not found because of its group, and
 * repeating it would not help). Advice only: the caller shows the names, it never replaces the query with one.
 *
 * The names are indexed once, by key length. A query looks only at keys whose length is within reach, and of
 * those computes the edit distance only for keys whose letters could be reached (each edit adds or removes at
 * most one distinct letter); on the 8,145 shipped communes that is a few dozen distances per query instead of
 * 8,145.
 */
export function makeNameSuggester(known: readonly KnownName[], stats?: SuggestStats): NameSuggester {
  const byLength: Bucket[] = [];
  const namesByKey = new Map<string, Entry[]>();
  for (const entry of known) {
    const key = nameKey(entry.name);
    if (key === '') continue;
    const withFold = { ...entry, folded: foldForSearch(entry.name) };
    const same = namesByKey.get(key);
    if (same) {
      same.push(withFold);
      continue;
    }
    const names = [withFold];
    const bucket = (byLength[key.length] ??= { keys: [], masks: [], names: [] });
    bucket.keys.push(key);
    bucket.masks.push(letterMask(key));
    bucket.names.push(names);
    namesByKey.set(key, names);
  }
  const collator = new Intl.Collator('fr');

  return (query, group = null) => {
    const key = nameKey(query);
    if (key === '') return [];
    const folded = foldForSearch(query);
    const max = maxEdits(key.length);
    const mask = letterMask(key);
    // Scratch rows long enough for the longest key within reach.
    const rows = [0, 1, 2].map(() => new Int32Array(key.length + max + 2)) as [Int32Array, Int32Array, Int32Array];
    const found: { name: string; distance: number; sameGroup: boolean }[] = [];
    for (let length = Math.max(1, key.length - max); length <= key.length + max; length++) {
      const bucket = byLength[length];
      if (!bucket) continue;
      for (let i = 0; i < bucket.keys.length; i++) {
        const other = bucket.masks[i] as number;
        if (bitCount(mask & ~other) > max || bitCount(other & ~mask) > max) continue;
        if (stats) stats.comparisons += 1;
        const distance = boundedOsaDistance(key, bucket.keys[i] as string, max, rows);
        if (distance > max) continue;
        for (const name of bucket.names[i] ?? []) {
          if (name.folded !== folded) found.push({ name: name.name, distance, sameGroup: group !== null && name.group === group });
        }
      }
    }
    // The row's department, when it has close names; then the closest of them, in alphabetical order.
    const inGroup = found.filter((f) => f.sameGroup);
    const pool = inGroup.length > 0 ? inGroup : found;
    const best = Math.min(...pool.map((f) => f.distance));
    const names = new Set(pool.filter((f) => f.distance === best).map((f) => f.name));
    return [...names].sort(collator.compare).slice(0, MAX_SUGGESTIONS);
  };
}

/** An allowed value (a domain id, a cluster type) and the names it is also known by. */
export interface AllowedValue {
  readonly value: string;
  readonly names: readonly string[];
}

/**
 * The allowed values closest to a wrong one: those with a name, or a word of a name, within `maxEdits` of it
 * (« aider-recruteur » → aider-recruter, « recruter » → aider-recruter, « grappes » → grappe-entreprises). Whole
 * words only: « usine » is not suggested « business cluster ». At most two, closest first. Advice only.
 */
export function closestAllowed(given: string, allowed: readonly AllowedValue[]): string[] {
  const key = nameKey(given);
  if (key.length < 3) return [];
  const reach = maxEdits(key.length);
  const scored = allowed.flatMap(({ value, names }) => {
    const forms = [value, ...names].flatMap((name) => [nameKey(name), ...foldForSearch(name).split(' ').filter((word) => word.length >= 4)]);
    const best = Math.min(...forms.filter((form) => form !== '').map((form) => boundedOsaDistance(key, form, reach)));
    return best <= reach ? [{ value, best }] : [];
  });
  return scored
    .sort((a, b) => a.best - b.best || a.value.localeCompare(b.value))
    .slice(0, 2)
    .map((s) => s.value);
}
