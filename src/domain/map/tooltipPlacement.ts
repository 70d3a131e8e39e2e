export interface TooltipPlacement {
  readonly direction: 'top' | 'bottom';
  /** Leaflet's tooltip offset from the marker: sideways slide, and 10 px off the marker. */
  readonly offset: readonly [number, number];
}

/**
 * Where a marker's tooltip goes: above the marker, or below it near the top
 * edge, slid sideways as far as needed to stay inside the map (a narrow map
 * beside Figure 1 has little room on either side).
 *
 * @param marker the marker's centre in the map's container
 * @param map the map's size
 * @param tooltip the tooltip's size as laid out
 */
export function tooltipPlacement(
  marker: { readonly x: number; readonly y: number },
  map: { readonly x: number; readonly y: number },
  tooltip: { readonly width: number; readonly height: number },
): TooltipPlacement {
  const direction = marker.y < tooltip.height + 24 ? 'bottom' : 'top';
  const slide = Math.round(Math.max(4 + tooltip.width / 2 - marker.x, Math.min(0, map.x - 4 - tooltip.width / 2 - marker.x)));
  // Math.round(-0) is -0; a tooltip that does not slide has offset 0.
  return { direction, offset: [slide === 0 ? 0 : slide, direction === 'top' ? -10 : 10] };
}
