/**
 * A subset of a dataset's items, stored as one byte per item in dataset
 * order. Filtering 100,000 headquarters fills a typed array instead of
 * building a Set of 100,000 strings; `has(id)` still answers by id.
 */
export class IdSubset implements Iterable<string> {
  readonly size: number;

  constructor(
    /** 1 where the item at that position is in the subset. */
    readonly mask: Uint8Array,
    private readonly ids: readonly string[],
    private readonly positionOf: ReadonlyMap<string, number>,
  ) {
    let size = 0;
    for (let i = 0; i < mask.length; i += 1) size += mask[i] ?? 0;
    this.size = size;
  }

  has(id: string): boolean {
    const position = this.positionOf.get(id);
    return position !== undefined && this.mask[position] === 1;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.mask.length; i += 1) if (this.mask[i] === 1) yield this.ids[i] as string;
  }
}
