import { describe, expect, it } from 'vitest';
import { markKeyAction } from '../../../src/features/chart/markKeys';

describe('keys among Figure 1’s marks', () => {
  it('steps with the arrows and wraps around at both ends', () => {
    expect(markKeyAction('ArrowRight', 2, 5)).toEqual({ kind: 'move', to: 3 });
    expect(markKeyAction('ArrowDown', 4, 5)).toEqual({ kind: 'move', to: 0 });
    expect(markKeyAction('ArrowLeft', 0, 5)).toEqual({ kind: 'move', to: 4 });
    expect(markKeyAction('End', 1, 5)).toEqual({ kind: 'move', to: 4 });
    expect(markKeyAction('Home', 3, 5)).toEqual({ kind: 'move', to: 0 });
  });

  it('starts at the first mark, and selects only once a mark is reached', () => {
    expect(markKeyAction('ArrowLeft', -1, 5)).toEqual({ kind: 'move', to: 0 });
    expect(markKeyAction('Enter', -1, 5)).toBeNull();
    expect(markKeyAction(' ', 2, 5)).toEqual({ kind: 'activate' });
    expect(markKeyAction('Escape', 2, 5)).toEqual({ kind: 'leave' });
    expect(markKeyAction('a', 2, 5)).toBeNull();
    expect(markKeyAction('ArrowRight', -1, 0)).toBeNull();
  });
});
