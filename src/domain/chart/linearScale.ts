/**
 * A linear map from the domain [d0, d1] onto the range [r0, r1], computed as
 * d3's scaleLinear computes it for a number (the same positions to the last
 * bit), and the midpoint of the range for an empty domain, as d3 gives.
 * d3-scale brought d3-interpolate, d3-color and d3-format into the first
 * download (about 7 KB gzip) for these three lines.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => {
    const t = span === 0 ? 0.5 : (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}
