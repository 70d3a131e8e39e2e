/** Queries whose matches are remembered: typing, deleting and retyping move among a few recent ones. */
const REMEMBERED_QUERIES = 8;

interface Remembered {
  readonly query: string;
  /** 1 where the text at that position contains the query. */
  readonly mask: Uint8Array;
  readonly count: number;
  /** The matching positions in order, kept only when they are few (else the mask is walked). */
  readonly positions: Int32Array | null;
}

/**
 * Substring search over a fixed list of texts (already folded), answering
 * with a byte mask in list order. It remembers the matches of recent queries
 * and uses them, since a query's matches are bounded by what it contains:
 * - a query that contains a remembered one (typing is mostly appending) can
 *   only match where that one matched: only those texts are tested;
 * - a query contained in a remembered one (deleting) matches at least where
 *   that one matched: those texts need no test.
 * The answer is exactly that of testing every text with `includes`.
 */
export class TextSearch {
  private readonly recent: Remembered[] = [];

  constructor(private readonly texts: readonly string[]) {}

  /** 1 where the text at that position contains `query`. Shared with later calls: never modify it. */
  matches(query: string): Uint8Array {
    const known = this.recent.find((r) => r.query === query);
    if (known) {
      this.remember(known);
      return known.mask;
    }
    // Only the texts where a contained query matched can match; at least those where a containing one matched do.
    let within: Remembered | null = null;
    let surely: Remembered | null = null;
    for (const r of this.recent) {
      if (query.includes(r.query) && (within === null || r.count < within.count)) within = r;
      if (r.query.includes(query) && (surely === null || r.count > surely.count)) surely = r;
    }
    const { texts } = this;
    const mask = new Uint8Array(texts.length);
    const sure = surely?.mask;
    const matchesAt = (i: number) => sure?.[i] === 1 || (texts[i] as string).includes(query);
    if (within === null) {
      for (let i = 0; i < texts.length; i += 1) if (matchesAt(i)) mask[i] = 1;
    } else if (within.positions) {
      for (const i of within.positions) if (matchesAt(i)) mask[i] = 1;
    } else {
      for (let i = 0; i < texts.length; i += 1) if (within.mask[i] === 1 && matchesAt(i)) mask[i] = 1;
    }
    let count = 0;
    for (let i = 0; i < mask.length; i += 1) count += mask[i] as number;
    this.remember({ query, mask, count, positions: count <= texts.length / 8 ? positionsOf(mask, count) : null });
    return mask;
  }

  /** Puts `entry` last (most recent), forgetting the oldest beyond REMEMBERED_QUERIES. */
  private remember(entry: Remembered): void {
    const at = this.recent.indexOf(entry);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(entry);
    if (this.recent.length > REMEMBERED_QUERIES) this.recent.shift();
  }
}

function positionsOf(mask: Uint8Array, count: number): Int32Array {
  const positions = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < mask.length; i += 1) if (mask[i] === 1) positions[k++] = i;
  return positions;
}
