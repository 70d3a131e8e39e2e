import { describe, expect, it } from 'vitest';
import { layoutDocument, type ExportMeta } from '../../../src/io/export/composeDocument';
import { layoutSlide } from '../../../src/io/export/composeSlide';
import { estimateTextWidth } from '../../helpers/estimateTextWidth';

const measures = { title: estimateTextWidth(22), text: estimateTextWidth(13), bold: estimateTextWidth(13), small: estimateTextWidth(11) };
const meta = (permalink: string): ExportMeta => ({
  title: 'Initiatives des clusters',
  filterLine: 'Aucun filtre',
  countsLine: '31 initiatives sur 31 · 32 clusters sur 32',
  legend: [],
  sourceLine: 'Source : Apec, mars 2016',
  attribution: null,
  versionLine: 'Données : version 1.1.0',
  permalink,
  notes: [],
});

describe('layoutDocument', () => {
  it('writes the link to the view whole, over as many lines as it needs, never cut', () => {
    const link = 'https://example.org/tableau/?d=accompagner-rh&r=Auvergne-Rhône-Alpes,Bourgogne-Franche-Comté,Pays%20de%20la%20Loire&sel=c:mecabourg&lang=fr';
    const layout = layoutDocument(meta(link), { width: 300, height: 200, parts: [] }, measures);
    const after = layout.lines.findIndex((line) => line.text === 'Données : version 1.1.0');
    const linkLines = layout.lines.slice(after + 1).map((line) => line.text);
    expect(linkLines.length).toBeGreaterThan(1);
    expect(linkLines.join('')).toBe(link);
    const inner = layout.width - 2 * 24;
    for (const line of linkLines) expect(measures.small(line)).toBeLessThanOrEqual(inner);
    // Broken after a separator where one is near the end of the line, not inside a word.
    expect(linkLines[0]).toMatch(/[&,?/=]$/);
  });
});

describe('layoutSlide', () => {
  it('writes the link to the view whole too', () => {
    const link = `https://example.org/tableau/?d=accompagner-rh&r=${'Auvergne-Rhône-Alpes,Bourgogne-Franche-Comté,'.repeat(6)}Bretagne&lang=fr`;
    const slide = layoutSlide(meta(link), (size) => estimateTextWidth(size));
    const texts = slide.lines.map((line) => line.text);
    const first = texts.findIndex((text) => text.startsWith('https://'));
    expect(texts.slice(first).join('')).toBe(link);
    expect(texts.some((text) => text.includes('…'))).toBe(false);
  });
});
