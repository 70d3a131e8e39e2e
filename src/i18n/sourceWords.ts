import type { TFunction } from 'i18next';
import type { SourceRef } from '../domain/schema';

/** Where a fact comes from, in a few words: « Fiche n° 2, p. 22 » / "Case study 2, p. 22", or the section's name. */
export function sourceWords(source: SourceRef, t: TFunction): string {
  const place = source.fiche !== undefined ? t('detail.sourceFiche', { number: source.fiche }) : source.section;
  return source.page === undefined ? place : t('detail.sourcePage', { place, page: source.page });
}
