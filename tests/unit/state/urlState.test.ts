import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/state/urlState';

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
        { parameter: 'd', value: 'nowhere' },
        { parameter: 'aud', value: '0.9-0.1' },
        { parameter: 'lang', value: 'de' },
        { parameter: 'zoom', value: '3' },
        { parameter: 'sel', value: 'c:ghost' },
        { parameter: 'map', value: '91,2,5' },
        { parameter: 'iv', value: 'maybe' },
        { parameter: 'mx', value: 'rows' },
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
