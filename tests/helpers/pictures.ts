import pixelmatch from 'pixelmatch';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * Picture checks: an exported image is compared with what the page draws,
 * pixel by pixel, so an export that exists and is not blank but shows the
 * map shifted (or the chart squashed) fails.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const decodePng = (bytes: Buffer): PNG => PNG.sync.read(bytes);

/** A region of an image as an image of its own (pixels outside the source read as white). */
export function crop(image: PNG, box: Box): PNG {
  const out = new PNG({ width: box.width, height: box.height });
  out.data.fill(255);
  for (let y = 0; y < box.height; y += 1) {
    const sy = box.y + y;
    if (sy < 0 || sy >= image.height) continue;
    for (let x = 0; x < box.width; x += 1) {
      const sx = box.x + x;
      if (sx < 0 || sx >= image.width) continue;
      image.data.copy(out.data, (y * box.width + x) * 4, (sy * image.width + sx) * 4, (sy * image.width + sx) * 4 + 4);
    }
  }
  return out;
}

/** Paints the same boxes white in both images: parts the page shows that an export leaves out on purpose (zoom buttons). */
function maskBoth(a: PNG, b: PNG, masks: readonly Box[]): void {
  for (const m of masks) {
    for (let y = Math.max(0, m.y); y < Math.min(a.height, m.y + m.height); y += 1) {
      for (let x = Math.max(0, m.x); x < Math.min(a.width, m.x + m.width); x += 1) {
        const i = (y * a.width + x) * 4;
        a.data.fill(255, i, i + 4);
        b.data.fill(255, i, i + 4);
      }
    }
  }
}

function squaredDistance(a: PNG, ai: number, b: PNG, bi: number): number {
  const dr = a.data[ai]! - b.data[bi]!;
  const dg = a.data[ai + 1]! - b.data[bi + 1]!;
  const db = a.data[ai + 2]! - b.data[bi + 2]!;
  return dr * dr + dg * dg + db * db;
}

/** A pixel pair's colour distance, capped: what the page shows and the export leaves out on purpose (an attribution,
 * a tooltip) must not outweigh the many pixels that do agree. */
const CAPPED_DISTANCE = 3 * 48 * 48;

/**
 * Where in `haystack` the picture `needle` sits: the offset whose sample
 * points differ least, searched over every offset on a 4 px grid with a
 * thousand points, then refined pixel by pixel with many more. `masks` are
 * boxes of the needle to leave out (zoom buttons, the attribution: the export
 * draws them elsewhere or not at all). A squared distance lets a few such
 * pixels outweigh a whole map; the capped one does not (a map once was
 * "found" 15 px away from where it was, exact, in the file).
 */
export function locate(haystack: PNG, needle: PNG, masks: readonly Box[] = []): { x: number; y: number } {
  const kept = (x: number, y: number) => !masks.some((m) => x >= m.x && x < m.x + m.width && y >= m.y && y < m.y + m.height);
  const points = (step: number) => {
    const found: number[] = [];
    for (let y = 0; y < needle.height; y += step) for (let x = 0; x < needle.width; x += step) if (kept(x, y)) found.push(x, y);
    return found;
  };
  const coarsePoints = points(Math.max(3, Math.floor(Math.sqrt((needle.width * needle.height) / 1000))));
  const finePoints = points(Math.max(2, Math.floor(Math.sqrt((needle.width * needle.height) / 40000))));
  const cost = (ox: number, oy: number, samples: readonly number[]) => {
    let total = 0;
    for (let s = 0; s < samples.length; s += 2) {
      const x = samples[s]!;
      const y = samples[s + 1]!;
      total += Math.min(CAPPED_DISTANCE, squaredDistance(needle, (y * needle.width + x) * 4, haystack, ((oy + y) * haystack.width + ox + x) * 4));
    }
    return total;
  };
  const maxX = haystack.width - needle.width;
  const maxY = haystack.height - needle.height;
  if (maxX < 0 || maxY < 0) throw new Error(`A ${needle.width}×${needle.height} picture cannot lie in a ${haystack.width}×${haystack.height} image`);
  const bestAround = (centres: readonly { x: number; y: number }[], reach: number, samples: readonly number[]) => {
    let best = { x: 0, y: 0, cost: Number.POSITIVE_INFINITY };
    for (const centre of centres) {
      for (let oy = Math.max(0, centre.y - reach); oy <= Math.min(maxY, centre.y + reach); oy += 1) {
        for (let ox = Math.max(0, centre.x - reach); ox <= Math.min(maxX, centre.x + reach); ox += 1) {
          const c = cost(ox, oy, samples);
          if (c < best.cost) best = { x: ox, y: oy, cost: c };
        }
      }
    }
    return best;
  };
  // Coarse: every 4th offset; the best few are refined around themselves, then the best of them pixel by pixel.
  const COARSE = 4;
  const candidates: { x: number; y: number; cost: number }[] = [];
  for (let oy = 0; oy <= maxY; oy += COARSE) for (let ox = 0; ox <= maxX; ox += COARSE) candidates.push({ x: ox, y: oy, cost: cost(ox, oy, coarsePoints) });
  candidates.sort((a, b) => a.cost - b.cost);
  const refined = bestAround(candidates.slice(0, 12), COARSE - 1, coarsePoints);
  // Last, every offset within 8 px, on many points: a pale map has wide plateaus a coarse search can stop short on.
  const best = bestAround([refined], 8, finePoints);
  return { x: best.x, y: best.y };
}

export interface Comparison {
  /** Share of compared pixels that differ visibly. */
  readonly differing: number;
  /** The expected picture faded to grey, differing pixels in red. */
  readonly diff: PNG;
}

/** Whether a pixel's colour lies within the range of colours of the other picture's pixels around it (± tolerance). */
function withinNeighbourhood(from: PNG, to: PNG, x: number, y: number, radius: number, tolerance: number): boolean {
  const { width, height } = from;
  const i = (y * width + x) * 4;
  for (let channel = 0; channel < 3; channel += 1) {
    let low = 255;
    let high = 0;
    for (let dy = -radius; dy <= radius; dy += 1) {
      const yy = y + dy;
      if (yy < 0 || yy >= height) continue;
      for (let dx = -radius; dx <= radius; dx += 1) {
        const xx = x + dx;
        if (xx < 0 || xx >= width) continue;
        const v = to.data[(yy * width + xx) * 4 + channel]!;
        if (v < low) low = v;
        if (v > high) high = v;
      }
    }
    const v = from.data[i + channel]!;
    if (v < low - tolerance || v > high + tolerance) return false;
  }
  return true;
}

/** Two same-sized pictures agree at (x, y), with the slack of a sub-pixel offset (see compare). */
export function agreesAt(a: PNG, b: PNG, x: number, y: number, radius = 1, tolerance = 24): boolean {
  return withinNeighbourhood(a, b, x, y, radius, tolerance) && withinNeighbourhood(b, a, x, y, radius, tolerance);
}

/** Share of the pixels of a box where two same-sized pictures disagree (see compare). */
export function disagreementIn(a: PNG, b: PNG, box: Box, radius = 1): number {
  let total = 0;
  let differing = 0;
  for (let y = Math.max(0, box.y); y < Math.min(a.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, box.x); x < Math.min(a.width, box.x + box.width); x += 1) {
      total += 1;
      if (!agreesAt(a, b, x, y, radius)) differing += 1;
    }
  }
  return total === 0 ? 0 : differing / total;
}

/**
 * Compares two pictures of the same size, the masked boxes left out, with
 * the slack of renderings that sit a fraction of a pixel apart: a pixel
 * agrees when its colour lies within the range of colours (± `tolerance`
 * per channel) of the other picture's pixels within `radius`, both ways.
 * The default tolerance (24 levels) absorbs the resampling of a 2× map
 * capture drawn at 1× (tile edges soften by up to ~20 levels) and still
 * tells the basemap's land from its sea (~36 levels apart).
 * A layer shifted by more than `radius` pixels, a missing marker or a wrong
 * colour still counts; anti-aliasing at a sub-pixel offset does not.
 */
export function compare(expected: PNG, actual: PNG, masks: readonly Box[] = [], radius = 1, tolerance = 24): Comparison {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(`Pictures differ in size: ${expected.width}×${expected.height} against ${actual.width}×${actual.height}`);
  }
  const a = crop(expected, { x: 0, y: 0, width: expected.width, height: expected.height });
  const b = crop(actual, { x: 0, y: 0, width: actual.width, height: actual.height });
  maskBoth(a, b, masks);
  const { width, height } = a;
  const diff = new PNG({ width, height });
  let count = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const same = agreesAt(a, b, x, y, radius, tolerance);
      if (!same) count += 1;
      const grey = 255 - Math.round((255 - (a.data[i]! + a.data[i + 1]! + a.data[i + 2]!) / 3) * 0.25);
      diff.data[i] = same ? grey : 230;
      diff.data[i + 1] = same ? grey : 0;
      diff.data[i + 2] = same ? grey : 0;
      diff.data[i + 3] = 255;
    }
  }
  return { differing: count / (width * height), diff };
}

/** Compares two renderings that should be identical, within pixelmatch's colour threshold (snapshots). */
export function compareExactly(expected: PNG, actual: PNG, threshold = 0.1): Comparison {
  const diff = new PNG({ width: expected.width, height: expected.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold });
  return { differing: count / (expected.width * expected.height), diff };
}

/** A clean picture of an element as the page draws it: no pointer over it, nothing focused, transitions finished. */
export async function pictureOf(page: Page, element: Locator): Promise<PNG> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return decodePng(await element.screenshot({ animations: 'disabled', caret: 'hide' }));
}

/** Boxes of the elements matching `selector` inside `container`, relative to it, in device pixels. */
export async function boxesWithin(container: Locator, selector: string, scale: number): Promise<Box[]> {
  return container.evaluate(
    (root, [sel, s]) => {
      const origin = root.getBoundingClientRect();
      return [...root.querySelectorAll(sel as string)].map((element) => {
        const r = element.getBoundingClientRect();
        const k = s as number;
        return { x: Math.floor((r.left - origin.left) * k) - 2, y: Math.floor((r.top - origin.top) * k) - 2, width: Math.ceil(r.width * k) + 4, height: Math.ceil(r.height * k) + 4 };
      });
    },
    [selector, scale] as const,
  );
}
