import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { MAX_QUERY_LENGTH, parseUrlState, serializeUrlState, type UrlState } from '../../../src/state/urlState';

const vocabulary = {
  domainIds: new Set(['analyser', 'recruter']),
  regions: new Set(['Bretagne', 'Île-de-France']),
  clusterIds: new Set(['mecabourg']),
  initiativeIds: new Set(['salon-emploi']),
  caseStudyNumbers: new Set([1, 5]),
};
const defaults: UrlState = { filters: DEFAULT_FILTERS, selection: null, mapView: null, language: 'fr', compared: [], comparability: 'type', whiteSpace: false, matrix: null };

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrlState(defaults)).toBe('');
  });

  it('round-trips every part of the view', () => {
    const state: UrlState = {
      filters: {
        domains: ['recruter', 'analyser'],
        clusterTypes: ['grappe-entreprises'],
        interviewed: 'cited',
        regions: ['Île-de-France'],
        audience: [0.2, 0.7],
        horizon: [0, 0.5],
        caseStudyOnly: true,
        query: 'mécabourg & co',
      },
      selection: { kind: 'case-study', id: '5' },
      mapView: { lat: 46.5, lon: 2.25, zoom: 6.5 },
      language: 'en',
      compared: ['mecabourg'],
      comparability: 'region',
      whiteSpace: true,
      matrix: 'region',
    };
    const query = serializeUrlState(state);
    expect(parseUrlState(`?${query}`, vocabulary)).toEqual({ state, problems: [] });
  });

  it('ignores unknown and malformed parameters, and says which', () => {
    const { state, problems } = parseUrlState('?d=recruter,nowhere&aud=0.9-0.1&lang=de&zoom=3&sel=c:ghost&map=91,2,5&iv=maybe&mx=rows', vocabulary);
    expect(state.filters.domains).toEqual(['recruter']);
    expect(state.filters.audience).toEqual([0, 1]);
    expect(state.language).toBe('fr');
    expect(state.selection).toBeNull();
    expect(state.mapView).toBeNull();
    expect(problems).toEqual(
      expect.arrayContaining([
        { parameter: 'd', value: 'nowhere', reason: 'invalid' },
        { parameter: 'aud', value: '0.9-0.1', reason: 'invalid' },
        { parameter: 'lang', value: 'de', reason: 'invalid' },
        { parameter: 'zoom', value: '3', reason: 'unknown' },
        { parameter: 'sel', value: 'c:ghost', reason: 'invalid' },
        { parameter: 'map', value: '91,2,5', reason: 'invalid' },
        { parameter: 'iv', value: 'maybe', reason: 'invalid' },
        { parameter: 'mx', value: 'rows', reason: 'invalid' },
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it('survives hostile values without throwing', () => {
    for (const search of ['?q=%E0%A4%A', '?d=' + 'x,'.repeat(5000), '?__proto__=1&constructor=2', '?sel=i:', '?map=NaN,NaN,NaN']) {
      expect(() => parseUrlState(search, vocabulary)).not.toThrow();
    }
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });
});

describe('URL state: nothing ignored or changed without a word', () => {
  it('takes the first of repeated parameters and reports the others', () => {
    const { state, problems } = parseUrlState('?d=recruter&d=analyser&lang=en&lang=en', vocabulary);
    expect(state.filters.domains).toEqual(['recruter']);
    expect(state.language).toBe('en');
    expect(problems).toEqual([
      { parameter: 'd', value: 'analyser', reason: 'repeated' },
      { parameter: 'lang', value: 'en', reason: 'repeated' },
    ]);
  });

  it('says when a search is shortened', () => {
    const long = 'é'.repeat(250);
    const { state, problems } = parseUrlState(`?q=${encodeURIComponent(long)}`, vocabulary);
    expect(state.filters.query).toBe('é'.repeat(MAX_QUERY_LENGTH));
    expect(problems).toEqual([{ parameter: 'q', value: long, reason: 'shortened' }]);
  });

  it.each(['48,,5', ',2,5', '48,2,', '0x10,2,5', '48,2,5,', '1e1,2,5', '48, ,5', 'Infinity,2,5'])('refuses the map view %s rather than reading a gap as 0', (map) => {
    const { state, problems } = parseUrlState(`?map=${encodeURIComponent(map)}`, vocabulary);
    expect(state.mapView).toBeNull();
    expect(problems).toEqual([{ parameter: 'map', value: map, reason: 'invalid' }]);
  });

  it('tells unknown parameters from values it did not understand', () => {
    expect(parseUrlState('?zoom=3&iv=maybe', vocabulary).problems).toEqual([
      { parameter: 'zoom', value: '3', reason: 'unknown' },
      { parameter: 'iv', value: 'maybe', reason: 'invalid' },
    ]);
  });

  it('round-trips region names and ids that hold commas and backslashes', () => {
    const odd = {
      ...vocabulary,
      regions: new Set(['Provence, Alpes, Côte d’Azur', 'A\\B', 'Bretagne']),
      clusterIds: new Set(['a,b', 'c\\,d']),
    };
    const state: UrlState = {
      ...defaults,
      filters: { ...DEFAULT_FILTERS, regions: ['Provence, Alpes, Côte d’Azur', 'A\\B', 'Bretagne'] },
      compared: ['a,b', 'c\\,d'],
    };
    expect(parseUrlState(`?${serializeUrlState(state)}`, odd)).toEqual({ state, problems: [] });
  });

  it('still reads links written before commas were escaped', () => {
    expect(parseUrlState('?r=Bretagne, Île-de-France', vocabulary).state.filters.regions).toEqual(['Bretagne', 'Île-de-France']);
  });
});
