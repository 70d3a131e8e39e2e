import { describe, expect, it } from 'vitest';
import { audienceBand, formatFigureValue, horizonBand } from '../../../src/domain/format';

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatFigureValue', () => {
  it('formats numbers per locale', () => {
    expect(plain(formatFigureValue({ value: 20115, unit: 'count' }, 'fr'))).toBe('20 115');
    expect(formatFigureValue({ value: 20115, unit: 'count' }, 'en')).toBe('20,115');
    expect(plain(formatFigureValue({ value: 18, unit: 'percent' }, 'fr'))).toBe('18 %');
    expect(formatFigureValue({ value: 33.3, unit: 'percent' }, 'en')).toBe('33.3%');
    expect(formatFigureValue({ value: 2.7, unit: 'count' }, 'fr')).toBe('2,7');
  });

  it('never groups the digits of a year', () => {
    expect(formatFigureValue({ value: 2004, unit: 'year' }, 'fr')).toBe('2004');
  });
});

describe('axis bands', () => {
  it('reads the axes in thirds', () => {
    expect([audienceBand(0.1), audienceBand(0.5), audienceBand(0.9)]).toEqual(['members', 'mixed', 'wider']);
    expect([horizonBand(0), horizonBand(0.4), horizonBand(1)]).toEqual(['short', 'medium', 'long']);
  });
});
