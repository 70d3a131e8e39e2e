/** Printable ASCII only: most names and ids of a network, which need none of Unicode's folding. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds text for search: accents, case, ligatures and punctuation are ignored,
 * so "mecabourg" finds "Mécabourg" and "saint nazaire" finds "Saint-Nazaire".
 */
export function foldForSearch(text: string): string {
  // The same result for printable ASCII, without normalising (the Unicode path cost an import of 10,000 clusters
  // 80 ms): of its characters, only ^ and ` are diacritics, taken away; the rest is letters, digits and separators.
  if (PLAIN_ASCII.test(text)) return text.replace(/[\^`]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return foldAnyText(text);
}

/** `foldForSearch` for any text, through Unicode's decomposition (what its path for ASCII is tested against). */
export function foldAnyText(text: string): string {
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

/**
 * An address as a reader types it back from paper: « Auvergne-Rhône-Alpes »
 * rather than « Auvergne-Rh%C3%B4ne-Alpes ». What decodeURI leaves encoded (a
 * separator: `&`, `=`, `:` in a value) stays so, and so do white space and a
 * percent sign (« %2541 » decoded would read « %41 », which is « A »), so the
 * address still leads to the same view; one that is not valid UTF-8 stays as
 * it is.
 */
export function readableAddress(href: string): string {
  try {
    return decodeURI(href.replace(/%25/gi, '%2525')).replace(/\s/g, (space) => encodeURIComponent(space));
  } catch {
    return href;
  }
}
