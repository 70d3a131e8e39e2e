import type { Box } from './geometry';

/**
 * A uniform grid over the plane: each item is filed under the cells its box
 * covers, so "what could touch this box?" looks at a few cells instead of
 * every item. Placement of thousands of labels stays near-linear.
 */
export class GridIndex<T> {
  // Cells by a number made of their column and row: string keys allocated on every query made
  // the garbage collector a tenth of label placement's time.
  private readonly cells = new Map<number, T[]>();

  constructor(private readonly cellSize: number) {}

  /** Calls `visit` with the key of each cell the box (grown by `pad`) covers, until it returns true. */
  private forCells(box: Box, pad: number, visit: (key: number) => boolean): boolean {
    const x0 = Math.floor((box.x - pad) / this.cellSize);
    const x1 = Math.floor((box.x + box.width + pad) / this.cellSize);
    const y0 = Math.floor((box.y - pad) / this.cellSize);
    const y1 = Math.floor((box.y + box.height + pad) / this.cellSize);
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) if (visit(cellKey(x, y))) return true;
    return false;
  }

  insert(box: Box, item: T): void {
    this.forCells(box, 0, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
      return false;
    });
  }

  /** Whether any item filed near the box (grown by `pad`) passes the test; stops at the first. */
  some(box: Box, pad: number, test: (item: T) => boolean): boolean {
    return this.forCells(box, pad, (key) => {
      const cell = this.cells.get(key);
      if (cell) for (const item of cell) if (test(item)) return true;
      return false;
    });
  }
}

/** One number per cell, exact for the ±2^20 columns and rows any drawing uses. */
function cellKey(column: number, row: number): number {
  return (column + 0x100000) * 0x200000 + (row + 0x100000);
}
