import type { MeasureText } from '../../src/domain/chart/wrapText';

const NARROW = new Set([...'ijlt.,;:!|\'’ ()-/']);
const WIDE = new Set([...'mwMWœŒ']);

/**
 * A deterministic stand-in for canvas text measurement, deliberately a
 * little wider than Inter at the same size so layouts tested with it have
 * room to spare in the browser.
 */
export function estimateTextWidth(fontSize: number): MeasureText {
  return (text: string) => {
    let em = 0;
    for (const char of text) {
      if (NARROW.has(char)) em += 0.32;
      else if (WIDE.has(char)) em += 0.86;
      else if (char >= 'A' && char <= 'Z') em += 0.68;
      else em += 0.58;
    }
    return em * fontSize;
  };
}
