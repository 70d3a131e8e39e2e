import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from '../../../../src/domain/map/tooltipPlacement';

const map = { x: 400, y: 300 };
const tooltip = { width: 160, height: 30 };

describe('where a marker’s tooltip goes', () => {
  it('sits above the marker, centred, when there is room', () => {
    expect(tooltipPlacement({ x: 200, y: 150 }, map, tooltip)).toEqual({ direction: 'top', offset: [0, -10] });
  });

  it('goes below a marker near the top edge', () => {
    expect(tooltipPlacement({ x: 200, y: 40 }, map, tooltip)).toEqual({ direction: 'bottom', offset: [0, 10] });
  });

  it('slides sideways to stay inside the map, 4 px from its edge', () => {
    // Centred on x = 20, the tooltip would start at -60: it slides 64 px right, to start at 4.
    expect(tooltipPlacement({ x: 20, y: 150 }, map, tooltip)).toEqual({ direction: 'top', offset: [64, -10] });
    // Near the right edge it slides left, to end at 396.
    expect(tooltipPlacement({ x: 390, y: 150 }, map, tooltip)).toEqual({ direction: 'top', offset: [-74, -10] });
  });

  it('keeps to the left edge when the map is narrower than the tooltip', () => {
    expect(tooltipPlacement({ x: 50, y: 150 }, { x: 120, y: 300 }, tooltip).offset[0]).toBe(34);
  });
});
