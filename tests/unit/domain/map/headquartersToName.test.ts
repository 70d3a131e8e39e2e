import { describe, expect, it } from 'vitest';
import { headquartersToName, type MarkerOnMap } from '../../../../src/domain/map/placeNames';

const marker = (id: string, emphasis = 'normal', inView = true): MarkerOnMap => ({ id, emphasis, inView });
const many = (n: number, emphasis = 'normal') => Array.from({ length: n }, (_, i) => marker(`m${i}`, emphasis));

describe('headquartersToName', () => {
  it('names every headquarters in view when there are twenty or fewer, none when more', () => {
    expect(headquartersToName(many(20), 20)).toHaveLength(20);
    expect(headquartersToName(many(21), 20)).toEqual([]);
  });

  it('counts only what the filters keep and what is inside the frame', () => {
    const markers = [...many(15), ...many(10, 'faded').map((m) => ({ ...m, id: `f${m.id}` })), marker('outside', 'normal', false)];
    const named = headquartersToName(markers, 20);
    expect(named).toHaveLength(15);
    expect(named).not.toContain('outside');
  });

  it('names the highlighted ones alone when a selection highlights some', () => {
    const markers = [...many(30), marker('a', 'highlighted'), marker('b', 'highlighted')];
    expect(headquartersToName(markers, 20)).toEqual(['a', 'b']);
  });
});
