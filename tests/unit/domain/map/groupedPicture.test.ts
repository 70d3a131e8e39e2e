import { describe, expect, it } from 'vitest';
import { projectPoints } from '../../../../src/domain/map/binning';
import { groupedPicture, nearestTarget, pointIndexOf, targetAt, type GroupedState } from '../../../../src/domain/map/groupedPicture';

// Three seats in Nantes, one in Paris, one without coordinates (positions 0–4).
const seats = [
  { lat: 47.2184, lon: -1.5536 },
  { lat: 47.219, lon: -1.554 },
  { lat: 47.22, lon: -1.55 },
  { lat: 48.8566, lon: 2.3522 },
  { lat: null, lon: null },
];
const points = projectPoints(seats);
const scale = 2 ** 6;
const view = { left: 120 * scale, top: 80 * scale, width: 20 * scale, height: 15 * scale, scale };
const state = (partial: Partial<GroupedState> = {}): GroupedState => ({ visible: Uint8Array.from([1, 1, 1, 1, 1]), linked: [], selected: -1, selectionActive: false, ...partial });

describe('the grouped map’s picture', () => {
  it('draws a group with its count where seats crowd, a lone seat in its shape, and accounts for every visible seat', () => {
    const picture = groupedPicture(points, state(), view);
    expect(picture.groups.map((g) => g.count)).toEqual([3]);
    expect(picture.singles.map((s) => s.position)).toEqual([3]);
    expect(picture.drawnClusters).toBe(4);
    expect(picture.faded).toEqual([]);
    expect(picture.dimmed).toBe(false);
    expect(picture.targets.map((t) => t.kind).sort()).toEqual(['cluster', 'group']);
  });

  it('keeps a faint dot where the filters empty a cell, and draws the selection’s clusters on top, dimming the rest', () => {
    const picture = groupedPicture(points, state({ visible: Uint8Array.from([1, 1, 1, 0, 1]), linked: [3, 4], selected: 3, selectionActive: true }), view);
    expect(picture.faded).toHaveLength(1);
    expect(picture.dimmed).toBe(true);
    // Paris is filtered out but selected: drawn faded, ringed; the seat without coordinates cannot be drawn.
    expect(picture.linked).toEqual([expect.objectContaining({ position: 3, faded: true, selected: true })]);
    expect(picture.targets.at(-1)).toEqual(expect.objectContaining({ kind: 'cluster', cluster: 3 }));
  });

  it('answers the pointer with the topmost target under it, and the keyboard with the one nearest the centre', () => {
    const picture = groupedPicture(points, state({ linked: [3] }), view);
    const paris = picture.linked[0]!;
    // The linked shape lies over the lone one at the same spot: it answers.
    expect(targetAt(picture.targets, paris.x + 2, paris.y)).toBe(picture.targets.at(-1));
    expect(targetAt(picture.targets, paris.x + 40, paris.y)).toBeNull();
    const group = picture.targets.find((t) => t.kind === 'group')!;
    expect(nearestTarget(picture.targets, group.x + group.radius + 10, group.y, 24)).toBe(group);
    expect(nearestTarget(picture.targets, group.x + group.radius + 40, group.y, 24)).toBeNull();
  });

  it('finds a cluster’s projected point by its position, and none for a seat without coordinates', () => {
    expect(pointIndexOf(points, 3)).toBe(3);
    expect(pointIndexOf(points, 4)).toBe(-1);
  });
});
