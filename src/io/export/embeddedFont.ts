import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';

let fontFaces: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * The app's font as @font-face rules with data URLs: an SVG drawn as an image
 * fetches nothing, so the font must travel inside it for the export to look
 * like the screen. Loaded once, from the app's own files (offline).
 */
export function embeddedFontFaces(): Promise<string> {
  fontFaces ??= Promise.all([dataUrl(inter400), dataUrl(inter600)]).then(
    ([regular, semibold]) =>
      `@font-face{font-family:Inter;font-weight:400;src:url(${regular}) format('woff2')}` +
      `@font-face{font-family:Inter;font-weight:600;src:url(${semibold}) format('woff2')}`,
  );
  return fontFaces;
}
