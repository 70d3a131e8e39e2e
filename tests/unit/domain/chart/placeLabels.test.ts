import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside, boxOverlapsCircle } from '../../../../src/domain/chart/geometry';
import { placeLabels, type LabelRequest } from '../../../../src/domain/chart/placeLabels';
import { estimateTextWidth } from '../../../helpers/estimateTextWidth';

const style = { lineHeight: 13, maxWidth: 120, maxLines: 3, gap: 3, padding: 2 };
const bounds = { x: 0, y: 0, width: 400, height: 300 };
const measure = estimateTextWidth(11);

describe('placeLabels', () => {
  it('puts a lone label right of its mark', () => {
    const layout = placeLabels([{ id: 'a', x: 100, y: 100, r: 6, text: 'Salon', priority: 0 }], bounds, { boxes: [], circles: [] }, style, measure);
    expect(layout.hidden).toEqual([]);
    const label = layout.placed[0]!;
    expect(label.anchor).toBe('start');
    expect(label.box.x).toBeGreaterThan(106);
    expect(label.leader).toBeNull();
  });

  it('never overlaps labels, marks or obstacles, and stays in bounds, in a crowded cluster', () => {
    const requests: LabelRequest[] = Array.from({ length: 16 }, (_, i) => ({
      id: `m${i}`,
      x: 150 + (i % 4) * 28,
      y: 100 + Math.floor(i / 4) * 26,
      r: 6,
      text: `Initiative numéro ${i} avec un libellé assez long`,
      priority: i,
    }));
    const obstacle = { x: 0, y: 0, width: 100, height: 40 };
    const layout = placeLabels(requests, bounds, { boxes: [obstacle], circles: [] }, style, measure);
    expect(layout.placed.length + layout.hidden.length).toBe(16);
    for (const [i, label] of layout.placed.entries()) {
      expect(boxInside(label.box, bounds)).toBe(true);
      expect(boxesOverlap(label.box, obstacle)).toBe(false);
      for (const other of layout.placed.slice(i + 1)) expect(boxesOverlap(label.box, other.box)).toBe(false);
      for (const mark of requests) expect(boxOverlapsCircle(label.box, mark)).toBe(false);
    }
  });

  it('hides a label rather than overlapping when there is no room', () => {
    const tiny = { x: 0, y: 0, width: 60, height: 30 };
    const layout = placeLabels([{ id: 'a', x: 30, y: 15, r: 6, text: 'A label far too long for this space', priority: 0 }], tiny, { boxes: [], circles: [] }, style, measure);
    expect(layout.hidden).toEqual(['a']);
  });

  it('is deterministic', () => {
    const requests: LabelRequest[] = [
      { id: 'a', x: 100, y: 100, r: 6, text: 'Alpha beta', priority: 1 },
      { id: 'b', x: 110, y: 105, r: 6, text: 'Gamma delta', priority: 1 },
    ];
    const once = placeLabels(requests, bounds, { boxes: [], circles: [] }, style, measure);
    const twice = placeLabels([...requests].reverse(), bounds, { boxes: [], circles: [] }, style, measure);
    expect(twice).toEqual(once);
  });
});

describe('placeLabels with many marks', () => {
  it('samples labels for a thousand marks, still without any overlap', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const requests: LabelRequest[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `m${i}`,
      x: 20 + random() * 1160,
      y: 20 + random() * 760,
      r: 3,
      text: `Initiative ${i}`,
      priority: 0,
    }));
    const wide = { x: 0, y: 0, width: 1200, height: 800 };
    const layout = placeLabels(requests, wide, { boxes: [], circles: [] }, style, measure);
    expect(layout.placed.length + layout.hidden.length).toBe(1000);
    expect(layout.placed.length).toBeGreaterThan(50);
    for (const [i, label] of layout.placed.entries()) {
      expect(label.lines).toHaveLength(1);
      for (const other of layout.placed.slice(i + 1)) expect(boxesOverlap(label.box, other.box)).toBe(false);
      for (const mark of requests) expect(boxOverlapsCircle(label.box, mark)).toBe(false);
    }
  });

  // At 2,000 initiatives five labels found room: the others are told crowded without their text being
  // wrapped and measured. The layout must be the one trying every label gives, whatever the crowding.
  // Below 200 labels, every wording is tried on every ring, with a second pass for what was left out: spots too
  // crowded for the label's smallest wording are passed over. Same layout required, crowded or not.
  it('gives the same layout as trying every label, with far fewer measures where marks are crowded', () => {
    for (const [seed0, count, spread, crowded] of [
      [3, 2000, 0.3, true],
      [11, 1500, 1, false],
      [29, 400, 0.6, false],
      [41, 250, 1, false],
      [53, 200, 0.25, false],
      [61, 120, 0.5, false],
      [67, 40, 1, false],
      [71, 31, 0.2, false],
    ] as const) {
      let seed = seed0;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      const requests: LabelRequest[] = Array.from({ length: count }, (_, i) => ({
        id: `m${i}`,
        // A dense core and a sparse fringe: most marks have no room, a few do.
        x: 600 + (random() - 0.5) * 1160 * (random() < 0.9 ? spread : 1),
        y: 400 + (random() - 0.5) * 760 * (random() < 0.9 ? spread : 1),
        r: 2 + random() * 3,
        text: ['Salon', 'Initiative numéro', 'Un libellé plutôt long pour une initiative', ' espace devant', 'W', '😀'][i % 6]! + (i % 12 === 5 ? '' : ` ${i}`),
        priority: Math.floor(random() * 4),
      }));
      const wide = { x: 0, y: 0, width: 1200, height: 800 };
      const obstacles = { boxes: [{ x: 900, y: 0, width: 300, height: 60 }], circles: [{ x: 600, y: 400, r: 30 }] };
      // The app's measure remembers widths: what costs is each text measured for the first time.
      const measuredTrying = new Set<string>();
      const measuredSkipping = new Set<string>();
      const expected = placeLabels(requests, wide, obstacles, style, (text) => (measuredTrying.add(text), measure(text)), { tryEach: true });
      const layout = placeLabels(requests, wide, obstacles, style, (text) => (measuredSkipping.add(text), measure(text)));
      expect(layout).toEqual(expected);
      if (crowded) expect(measuredSkipping.size, `texts measured for ${count} marks`).toBeLessThan(measuredTrying.size / 3);
    }
  });
});

