import { createVisibilitySelector, type Visibility } from '../domain/visibility';
import { useDashboard, useDatasetIndex } from './StoreContext';

/** Shared by every view and the export: one computation per filter change. */
export const selectVisibility = createVisibilitySelector();

/** What the filters leave visible; re-renders only when that changes, not on every change of the filters. */
export function useVisibility(): Visibility {
  const index = useDatasetIndex();
  return useDashboard((s) => selectVisibility(index, s.filters));
}
