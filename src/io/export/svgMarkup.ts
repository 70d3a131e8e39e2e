/** Escapes text for XML content and attribute values: data always goes in as text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);
}

/** CSS that places an element on the page; its on-screen box already accounts for it. */
const PAGE_PLACEMENT = ['transform', 'translate', 'scale', 'rotate', 'transform-origin', 'position', 'left', 'top', 'margin', 'will-change'];

/**
 * A standalone SVG element's markup, with its namespace and explicit size
 * (Firefox draws nothing without), to be drawn at its on-screen box.
 * Leaflet places its vector layer with a CSS transform on the <svg> itself:
 * kept, the image would apply it a second time and shift the basemap against
 * the markers, so page placement is dropped here, for every export path.
 */
export function serializeSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const property of PAGE_PLACEMENT) clone.style.removeProperty(property);
  if (clone.getAttribute('style') === '') clone.removeAttribute('style');
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(clone);
}

/** Decodes SVG markup into an image the canvas can draw. */
export async function svgToImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
