import { memoizeLast } from '../domain/memoizeLast';
import { computeVisibility, type Visibility } from '../domain/visibility';
import { useDashboard, useDatasetIndex } from './StoreContext';

/** Shared by every view and the export: one computation per filter change. */
export const selectVisibility = memoizeLast(computeVisibility);

export function useVisibility(): Visibility {
  const index = useDatasetIndex();
  const filters = useDashboard((s) => s.filters);
  return selectVisibility(index, filters);
}
