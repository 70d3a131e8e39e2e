import { describe, expect, it } from 'vitest';
import { audienceBand, horizonBand } from '../../../src/domain/format';
import { Dataset } from '../../../src/domain/schema';
import { overlapWith, placeCellCount, whiteSpaceCells } from '../../../src/domain/whiteSpace';
import study from '../../../data/study.json';

const dataset = Dataset.parse(study);

describe('the study’s grid (where nobody acts)', () => {
  it('has nine cells, long term first, and puts every initiative in the cell its position’s words name', () => {
    const cells = whiteSpaceCells(dataset.initiatives);
    expect(cells.map((c) => `${c.horizon}/${c.audience}`)).toEqual([
      'long/members', 'long/mixed', 'long/wider',
      'medium/members', 'medium/mixed', 'medium/wider',
      'short/members', 'short/mixed', 'short/wider',
    ]);
    expect(cells.reduce((sum, c) => sum + c.initiatives.length, 0)).toBe(dataset.initiatives.length);
    for (const cell of cells) {
      for (const initiative of cell.initiatives) {
        expect(audienceBand(initiative.audience)).toBe(cell.audience);
        expect(horizonBand(initiative.horizon)).toBe(cell.horizon);
      }
    }
  });

  it('leaves a cell empty when nothing visible falls in it', () => {
    const recruiting = dataset.initiatives.filter((i) => i.domain === 'aider-recruter');
    const cells = whiteSpaceCells(recruiting);
    expect(cells.filter((c) => c.initiatives.length === 0).length).toBeGreaterThan(0);
    expect(whiteSpaceCells([]).every((c) => c.initiatives.length === 0)).toBe(true);
  });
});

describe('placeCellCount', () => {
  const cell = { x: 100, y: 50, width: 200, height: 120 };
  const text = { width: 20, height: 13 };
  const place = (taken: { x: number; y: number; width: number; height: number }[]) => placeCellCount(cell, text, overlapWith(taken));

  it('writes the count in the top-left corner when nothing is there', () => {
    expect(place([])).toEqual({ x: 104, y: 50 + 4 + 13 * 0.8, anchor: 'start' });
  });

  it('moves to the next free corner, then along the edges, then across, past what is drawn', () => {
    const topLeft = { x: 100, y: 50, width: 60, height: 30 };
    expect(place([topLeft])).toMatchObject({ x: 296, anchor: 'end' });
    const topRow = { x: 100, y: 50, width: 200, height: 20 };
    expect(place([topRow])).toMatchObject({ x: 104, y: 50 + 120 - 4 - 13 + 13 * 0.8, anchor: 'start' });
    const inside = place([topRow, { x: 100, y: 150, width: 200, height: 20 }, { x: 100, y: 50, width: 150, height: 120 }]);
    expect(inside.y).toBeGreaterThan(70);
    expect(inside.y).toBeLessThan(150);
    expect(inside.x).toBeGreaterThanOrEqual(250);
  });

  it('takes the spot it overlaps least when none is free', () => {
    // Covered everywhere, twice over above the bottom row: the bottom row's first spot, its left corner, wins.
    const everywhere = { x: 0, y: 0, width: 1000, height: 1000 };
    const aboveTheBottomRow = { x: 0, y: 0, width: 1000, height: 150 };
    expect(place([everywhere, aboveTheBottomRow])).toEqual({ x: 104, y: 50 + 120 - 4 - 13 + 13 * 0.8, anchor: 'start' });
  });
});

describe('overlapWith', () => {
  it('counts a box met in several cells of its index once', () => {
    const wide = { x: 0, y: 0, width: 500, height: 10 };
    expect(overlapWith([wide], 0)({ x: 50, y: 0, width: 300, height: 10 })).toBe(3000);
  });
});
