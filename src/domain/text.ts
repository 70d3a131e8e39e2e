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

/** Lower-case ASCII words joined by hyphens: safe as an id, in a file name on every OS, and in a URL. */
export function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
