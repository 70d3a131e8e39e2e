import { slug } from '../../domain/text';

/** Export kinds, as they appear in file names. */
export type ExportView = 'vue' | 'figure1' | 'carte' | 'diapo-vue' | 'diapo-figure1' | 'diapo-carte' | 'matrice' | 'diapo-matrice' | 'matrice-lisible' | 'initiatives' | 'clusters' | 'initiatives-lisible' | 'clusters-lisible' | 'donnees';

const MAX_FILTER_PART = 60;

/**
 * `clusters-emploi_<view>_<filters>_<yyyy-mm-dd>.<ext>`: says what is inside,
 * stays short (the filter part is cut at a word), and uses only [a-z0-9_-.].
 */
export function exportFileName(view: ExportView, filterWords: readonly string[], date: Date, extension: string): string {
  let filters = slug(filterWords.join(' ')) || 'tout';
  if (filters.length > MAX_FILTER_PART) {
    filters = filters.slice(0, MAX_FILTER_PART);
    const cut = filters.lastIndexOf('-');
    if (cut > 20) filters = filters.slice(0, cut);
  }
  const day = date.toISOString().slice(0, 10);
  return `clusters-emploi_${view}_${filters}_${day}.${slug(extension)}`;
}
