import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import type { Dataset } from '../../../src/domain/schema';
import { foldForSearch } from '../../../src/domain/text';
import { TextSearch } from '../../../src/domain/textSearch';
import { generateNetwork } from '../../bench/generateNetwork';
import { studyDataset } from '../../helpers/dashboard';
import { searchBoxSession } from '../../helpers/querySequences';

/** The plain answer: every text tested. */
const scan = (texts: readonly string[], query: string) => Uint8Array.from(texts, (text) => (text.includes(query) ? 1 : 0));

/** Positions where a mask differs from the plain scan's (a few), so that a failure says where. */
function wrongAt(mask: Uint8Array, texts: readonly string[], query: string): number[] {
  const expected = scan(texts, query);
  const wrong: number[] = [];
  for (let i = 0; i < Math.max(mask.length, expected.length) && wrong.length < 5; i += 1) if (mask[i] !== expected[i]) wrong.push(i);
  return wrong;
}

/** What people type into the box: names, sectors, places and labels as the data writes them. */
function sourcesOf(dataset: Dataset): string[] {
  return [
    ...dataset.clusters.flatMap((c) => [c.name, c.sector.fr, c.hq.commune ?? '', c.hq.region?.today ?? '']),
    ...dataset.initiatives.flatMap((i) => [i.label.fr, i.label.en]),
  ].filter((text) => text !== '');
}

const study = studyDataset();
const network = generateNetwork(10_000, 2_000, 11);

describe.each([
  ['the study', study],
  ['a generated network of 10,000 clusters', network],
])('TextSearch on %s', (_, dataset) => {
  const index = buildDatasetIndex(dataset);
  const sources = sourcesOf(dataset);

  it.each([1, 2, 3])('answers as a plain scan over a seeded search-box session (seed %i)', (seed) => {
    const clusters = new TextSearch(index.columns.clusterSearchText);
    const initiatives = new TextSearch(index.columns.initiativeSearchText);
    const answered: [string, Uint8Array][] = [];
    for (const typed of searchBoxSession(sources, 250, seed)) {
      const query = foldForSearch(typed);
      if (query === '') continue;
      const mask = clusters.matches(query);
      expect(wrongAt(mask, index.columns.clusterSearchText, query), `clusters for "${query}"`).toEqual([]);
      expect(wrongAt(initiatives.matches(query), index.columns.initiativeSearchText, query), `initiatives for "${query}"`).toEqual([]);
      answered.push([query, mask]);
    }
    // Masks handed out earlier are shared, never changed by later queries.
    for (const [query, mask] of answered) expect(wrongAt(mask, index.columns.clusterSearchText, query)).toEqual([]);
  });
});

describe('TextSearch', () => {
  const texts = ['cluster 1 secteur 1', 'cluster 12 secteur 2', 'cluster 120 secteur 3', 'pole naval', 'cluster 2 bretagne'];
  const matching = (search: TextSearch, query: string) => [...search.matches(query)].flatMap((hit, i) => (hit === 1 ? [i] : []));

  it('narrows when the query grows, widens when it shrinks, and remembers recent queries', () => {
    const search = new TextSearch(texts);
    expect(matching(search, 'c')).toEqual([0, 1, 2, 4]);
    expect(matching(search, 'cluster 12')).toEqual([1, 2]);
    expect(matching(search, 'cluster 1')).toEqual([0, 1, 2]);
    expect(matching(search, 'ster 1')).toEqual([0, 1, 2]);
    expect(matching(search, 'r 2')).toEqual([1, 4]);
    expect(search.matches('cluster 12')).toBe(search.matches('cluster 12'));
  });

  it('finds nothing for a query no text holds, and forgets old queries without wrong answers', () => {
    const search = new TextSearch(texts);
    expect(matching(search, 'zzz')).toEqual([]);
    expect(matching(search, 'zzzz')).toEqual([]);
    for (const query of ['a', 'b', 'c', 'd', 'e', 'l', 'n', 'o', 'p', 'r', 's', 't', 'u']) expect(search.matches(query)).toEqual(scan(texts, query));
    expect(matching(search, 'zz')).toEqual([]);
    expect(matching(search, 'naval')).toEqual([3]);
  });
});
