import type { Box } from './geometry';

/**
 * A uniform grid over the plane: each item is filed under the cells its box
 * covers, so "what could touch this box?" looks at a few cells instead of
 * every item. Placement of thousands of labels stays near-linear.
 */
export class GridIndex<T> {
  private readonly cells = new Map<string, T[]>();

  constructor(private readonly cellSize: number) {}

  private keys(box: Box, pad: number): string[] {
    const x0 = Math.floor((box.x - pad) / this.cellSize);
    const x1 = Math.floor((box.x + box.width + pad) / this.cellSize);
    const y0 = Math.floor((box.y - pad) / this.cellSize);
    const y1 = Math.floor((box.y + box.height + pad) / this.cellSize);
    const keys: string[] = [];
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) keys.push(`${x},${y}`);
    return keys;
  }

  insert(box: Box, item: T): void {
    for (const key of this.keys(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** Whether any item filed near the box (grown by `pad`) passes the test; stops at the first. */
  some(box: Box, pad: number, test: (item: T) => boolean): boolean {
    for (const key of this.keys(box, pad)) {
      const cell = this.cells.get(key);
      if (cell) for (const item of cell) if (test(item)) return true;
    }
    return false;
  }
}
