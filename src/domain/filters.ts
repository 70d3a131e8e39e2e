import { FILTERS, type FilterDeclaration, type FilterKey, type Filters } from './filterTable';

export { FULL_RANGE, isFullRange, MAX_QUERY_LENGTH, normalizeRange, type AxisRange, type Filters, type FilterKey, type InterviewedFilter } from './filterTable';

/** The table's entries in its order, for code that goes through every filter. */
export function filterEntries(): [FilterKey, FilterDeclaration<unknown>][] {
  return Object.entries(FILTERS) as [FilterKey, FilterDeclaration<unknown>][];
}

/** Every filter at the value that restricts nothing. */
export const DEFAULT_FILTERS: Filters = Object.fromEntries(filterEntries().map(([key, declaration]) => [key, declaration.initial])) as Filters;

/** The active filters' keys, in the table's order. */
export function activeFilterKeys(filters: Filters): FilterKey[] {
  return filterEntries()
    .filter(([key, declaration]) => declaration.isActive(filters[key]))
    .map(([key]) => key);
}

const restrictsItems = (key: FilterKey, items: 'clusters' | 'initiatives' | 'search') => FILTERS[key].restricts.items === items;

/** Filters that restrict initiatives by their own attributes. */
export function hasInitiativeFilters(filters: Filters): boolean {
  return activeFilterKeys(filters).some((key) => restrictsItems(key, 'initiatives'));
}

/** Filters that restrict clusters by their own attributes. */
export function hasClusterFilters(filters: Filters): boolean {
  return activeFilterKeys(filters).some((key) => restrictsItems(key, 'clusters'));
}

export function hasAnyFilter(filters: Filters): boolean {
  return activeFilterKeys(filters).length > 0;
}

/** Adds the value when absent, removes it when present; keeps a stable order. */
export function toggleIn<T>(list: readonly T[], value: T): readonly T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
