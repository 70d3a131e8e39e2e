/** WCAG relative luminance of an `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (start: number) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of an `#rrggbb` colour against the page's white background (1 to 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Marks and symbols must stand out from the white background: WCAG 2 asks 3:1 of graphics. */
export const MIN_GRAPHIC_CONTRAST = 3;
