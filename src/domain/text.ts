/**
 * Folds text for search: accents, case, ligatures and punctuation are ignored,
 * so "mecabourg" finds "Mécabourg" and "saint nazaire" finds "Saint-Nazaire".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
