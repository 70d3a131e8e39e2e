import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawNames } from '../../../src/io/export/drawNames';

/** A 2D context that measures 7 px a character and records what is written. */
function recordingContext() {
  const written: string[] = [];
  const context = {
    font: '',
    textAlign: 'left',
    textBaseline: 'middle',
    lineJoin: 'round',
    lineWidth: 1,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    strokeText: () => undefined,
    fillText: (text: string) => written.push(text),
  };
  return { context: context as unknown as CanvasRenderingContext2D, written };
}

describe('map names (issue #18, finding 16)', () => {
  // Measured on the context itself while the web font is not in (node has no document).
  beforeEach(() => vi.stubGlobal('document', { fonts: { status: 'loading' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('cuts a very long name with an ellipsis instead of leaving it out, and keeps short ones whole', () => {
    const { context, written } = recordingContext();
    const names = new Map([
      ['long', `Cluster ${'très long nom '.repeat(15_000)}`],
      ['short', 'Aerospace Cluster Rhône-Alpes Auvergne'],
    ]);
    const placed = drawNames(
      context,
      [
        { id: 'long', x: 100, y: 100 },
        { id: 'short', x: 100, y: 400 },
      ],
      6,
      { nameOf: (id) => names.get(id), fontPx: 12 },
      { width: 800, height: 600 },
    );
    expect(placed.map((p) => p.id).sort()).toEqual(['long', 'short']);
    expect(written.find((text) => text.startsWith('Cluster'))).toMatch(/^Cluster très long nom .{0,40}…$/);
    expect(written).toContain('Aerospace Cluster Rhône-Alpes Auvergne');
    expect(Math.max(...placed.map((p) => p.x + p.width))).toBeLessThanOrEqual(800);
  });
});
