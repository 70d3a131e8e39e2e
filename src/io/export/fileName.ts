import type { Language } from '../../domain/language';
import { slug } from '../../domain/text';

/** Export kinds, as they appear in file names. */
export type ExportView = 'vue' | 'figure1' | 'carte' | 'diapo-vue' | 'diapo-figure1' | 'diapo-carte' | 'matrice' | 'diapo-matrice' | 'matrice-lisible' | 'initiatives' | 'clusters' | 'initiatives-lisible' | 'clusters-lisible' | 'donnees';

const MAX_FILTER_PART = 60;

/** A file's words in the reader's language: what a file holds, and the name of the whole. */
const FILE_WORDS: Record<Language, { readonly prefix: string; readonly all: string; readonly views: Record<ExportView, string> }> = {
  fr: {
    prefix: 'clusters-emploi',
    all: 'tout',
    views: {
      vue: 'vue',
      figure1: 'figure1',
      carte: 'carte',
      'diapo-vue': 'diapo-vue',
      'diapo-figure1': 'diapo-figure1',
      'diapo-carte': 'diapo-carte',
      matrice: 'matrice',
      'diapo-matrice': 'diapo-matrice',
      'matrice-lisible': 'matrice-lisible',
      initiatives: 'initiatives',
      clusters: 'clusters',
      'initiatives-lisible': 'initiatives-lisible',
      'clusters-lisible': 'clusters-lisible',
      donnees: 'donnees',
    },
  },
  en: {
    prefix: 'clusters-employment',
    all: 'all',
    views: {
      vue: 'view',
      figure1: 'figure1',
      carte: 'map',
      'diapo-vue': 'slide-view',
      'diapo-figure1': 'slide-figure1',
      'diapo-carte': 'slide-map',
      matrice: 'matrix',
      'diapo-matrice': 'slide-matrix',
      'matrice-lisible': 'matrix-readable',
      initiatives: 'initiatives',
      clusters: 'clusters',
      'initiatives-lisible': 'initiatives-readable',
      'clusters-lisible': 'clusters-readable',
      donnees: 'data',
    },
  },
};

/**
 * `clusters-emploi_<view>_<filters>_<yyyy-mm-dd>.<ext>` (`clusters-employment_…`
 * in English): says what is inside, in the reader's language, stays short (the
 * filter part is cut at a word), and uses only [a-z0-9_-.].
 */
export function exportFileName(view: ExportView, filterWords: readonly string[], date: Date, extension: string, language: Language): string {
  const words = FILE_WORDS[language];
  let filters = slug(filterWords.join(' ')) || words.all;
  if (filters.length > MAX_FILTER_PART) {
    filters = filters.slice(0, MAX_FILTER_PART);
    const cut = filters.lastIndexOf('-');
    if (cut > 20) filters = filters.slice(0, cut);
  }
  const day = date.toISOString().slice(0, 10);
  return `${words.prefix}_${words.views[view]}_${filters}_${day}.${slug(extension)}`;
}
