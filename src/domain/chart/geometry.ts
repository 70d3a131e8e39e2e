/** Axis-aligned box in pixels: top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function boxOverlapsCircle(box: Box, circle: Circle, gap = 0): boolean {
  const nearestX = Math.max(box.x, Math.min(circle.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(circle.y, box.y + box.height));
  const dx = circle.x - nearestX;
  const dy = circle.y - nearestY;
  const reach = circle.r + gap;
  return dx * dx + dy * dy < reach * reach;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The segment's bounding box: what a grid query needs. */
export function segmentBox(s: Segment): Box {
  return { x: Math.min(s.x1, s.x2), y: Math.min(s.y1, s.y2), width: Math.abs(s.x2 - s.x1), height: Math.abs(s.y2 - s.y1) };
}

/** Whether the segment comes within `gap` of the circle. */
export function segmentMeetsCircle(s: Segment, circle: Circle, gap = 0): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((circle.x - s.x1) * dx + (circle.y - s.y1) * dy) / length2));
  const reach = circle.r + gap;
  return (s.x1 + t * dx - circle.x) ** 2 + (s.y1 + t * dy - circle.y) ** 2 < reach * reach;
}
