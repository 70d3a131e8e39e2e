import type { DatasetIndex } from './datasetIndex';
import { isFullRange, type AxisRange, type Filters } from './filters';
import type { ClusterType } from './schema';
import type { Language } from './language';
import { dataText } from './language';

/**
 * The active filters as structured parts, in a fixed order, for a sentence
 * such as "Domaines : Mutualiser l'emploi · Type : grappes d'entreprises".
 * Wording is left to the caller (it is translated); values that come from the
 * data are given in the requested language.
 */
export type FilterPart =
  | { readonly kind: 'domains'; readonly labels: readonly string[] }
  | { readonly kind: 'clusterTypes'; readonly types: readonly ClusterType[] }
  | { readonly kind: 'interviewed'; readonly value: 'interviewed' | 'cited' }
  | { readonly kind: 'regions'; readonly names: readonly string[] }
  | { readonly kind: 'audience'; readonly range: AxisRange }
  | { readonly kind: 'horizon'; readonly range: AxisRange }
  | { readonly kind: 'caseStudyOnly' }
  | { readonly kind: 'query'; readonly text: string };

export function describeFilters(filters: Filters, index: DatasetIndex, language: Language): FilterPart[] {
  const parts: FilterPart[] = [];
  if (filters.domains.length > 0) {
    const labels = [...filters.domains]
      .map((id) => index.domainById.get(id))
      .filter((d) => d !== undefined)
      .sort((a, b) => a.order - b.order)
      .map((d) => dataText(d.label, language));
    if (labels.length > 0) parts.push({ kind: 'domains', labels });
  }
  if (filters.clusterTypes.length > 0) parts.push({ kind: 'clusterTypes', types: filters.clusterTypes });
  if (filters.interviewed !== 'all') parts.push({ kind: 'interviewed', value: filters.interviewed });
  if (filters.regions.length > 0) parts.push({ kind: 'regions', names: [...filters.regions].sort((a, b) => a.localeCompare(b, 'fr')) });
  if (!isFullRange(filters.audience)) parts.push({ kind: 'audience', range: filters.audience });
  if (!isFullRange(filters.horizon)) parts.push({ kind: 'horizon', range: filters.horizon });
  if (filters.caseStudyOnly) parts.push({ kind: 'caseStudyOnly' });
  if (filters.query.trim() !== '') parts.push({ kind: 'query', text: filters.query.trim() });
  return parts;
}
