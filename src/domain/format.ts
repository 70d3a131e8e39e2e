import type { Language } from './language';
import type { Figure, SourceRef } from './schema';


const INTL_LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A figure's value as a reader expects it: "20 115", "18 %", "2002" in French; "20,115", "18%", "2002" in English. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit'>, locale: Language): string {
  const intl = INTL_LOCALE[locale];
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

/** Where a fact comes from, in a few words: "Fiche n°2, p. 22" / "Case study 2, p. 22". */
export function formatSource(source: SourceRef, locale: Language): string {
  const page = source.page === undefined ? '' : `, p. ${source.page}`;
  if (source.fiche !== undefined) return locale === 'fr' ? `Fiche n° ${source.fiche}${page}` : `Case study ${source.fiche}${page}`;
  return `${source.section}${page}`;
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
