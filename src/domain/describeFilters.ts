import type { DatasetIndex } from './datasetIndex';
import type { Words } from './filterTable';
import { filterEntries, type Filters } from './filters';
import type { Language } from './language';

/**
 * The active filters as words, in the table's order, for a sentence such as
 * "Domaines : Mutualiser l'emploi · Type : grappes d'entreprises". The strings
 * files word them (`i18n/say.ts`); names from the data come in `language`.
 */
export function describeFilters(filters: Filters, index: DatasetIndex, language: Language): Words[] {
  return filterEntries().flatMap(([key, declaration]) => {
    if (!declaration.isActive(filters[key])) return [];
    const phrase = declaration.phrase(filters[key], index, language);
    return phrase ? [phrase] : [];
  });
}
