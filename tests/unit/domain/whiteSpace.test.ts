import { describe, expect, it } from 'vitest';
import { audienceBand, horizonBand } from '../../../src/domain/format';
import { Dataset } from '../../../src/domain/schema';
import { whiteSpaceCells } from '../../../src/domain/whiteSpace';
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
