import { describe, expect, it } from 'vitest';
import { GROUPING_THRESHOLD, isGroupedMap, mappedCount } from '../../../../src/domain/map/groupStyle';

const seats = (mapped: number, unmapped = 0) => [
  ...Array.from({ length: mapped }, () => ({ hq: { lat: 47, lon: 2 } })),
  ...Array.from({ length: unmapped }, () => ({ hq: { lat: null, lon: null } })),
];

describe('when the map groups headquarters', () => {
  it('keeps one marker each up to the threshold, groups above it', () => {
    expect(isGroupedMap(seats(GROUPING_THRESHOLD))).toBe(false);
    expect(isGroupedMap(seats(GROUPING_THRESHOLD + 1))).toBe(true);
  });

  it('counts only the headquarters it can place', () => {
    expect(mappedCount(seats(10, 5))).toBe(10);
    expect(isGroupedMap(seats(GROUPING_THRESHOLD, 50))).toBe(false);
  });
});
