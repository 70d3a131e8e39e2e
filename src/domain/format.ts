import { LOCALE_TAG, type Language } from './language';
import type { Figure } from './schema';


/** A figure's value as a reader expects it: "20 115", "18 %", "2002" in French; "20,115", "18%", "2002" in English. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit'>, locale: Language): string {
  const intl = LOCALE_TAG[locale];
  switch (figure.unit) {
    case 'year':
      return String(figure.value);
    case 'percent':
      return new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 }).format(figure.value / 100);
    case 'euro':
      return new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(figure.value);
    case 'count':
      return new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(figure.value);
  }
}


export type AudienceBand = 'members' | 'mixed' | 'wider';
export type HorizonBand = 'short' | 'medium' | 'long';

/** Figure 1's axes in words, in thirds. */
export function audienceBand(audience: number): AudienceBand {
  return audience < 1 / 3 ? 'members' : audience < 2 / 3 ? 'mixed' : 'wider';
}
export function horizonBand(horizon: number): HorizonBand {
  return horizon < 1 / 3 ? 'short' : horizon < 2 / 3 ? 'medium' : 'long';
}
