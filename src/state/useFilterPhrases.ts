import type { TFunction } from 'i18next';
import { describeFilters } from '../domain/describeFilters';
import type { Filters } from '../domain/filters';
import { say } from '../i18n/say';
import { useDashboard, useDatasetIndex } from './StoreContext';

/** The active filters in words, one phrase per filter ("Domaines : Mutualiser l'emploi"), worded by `t`. */
export function useFilterPhrases(t: TFunction): string[] {
  const filters = useDashboard((s) => s.filters);
  return useDescribeFilters(t)(filters);
}

/**
 * Words for any filters, without following the current ones: for code that
 * needs them only on demand (an export), so filter changes do not re-render it.
 */
export function useDescribeFilters(t: TFunction): (filters: Filters) => string[] {
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  return (filters) => describeFilters(filters, index, language).map((words) => say(words, t));
}
