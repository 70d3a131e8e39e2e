import type { DatasetIndex } from './datasetIndex';
import type { Selection } from './selection';
import type { Cluster, Initiative } from './schema';
import type { Visibility } from './visibility';


/**
 * How strongly a mark is drawn:
 * - faded: the filters exclude it (it stays in place, pale, so nothing jumps);
 * - highlighted: linked to the selection (the selected item, or its partners in the other view);
 * - dimmed: visible but unrelated to the selection;
 * - normal: visible, nothing selected.
 */
export type Emphasis = 'highlighted' | 'normal' | 'dimmed' | 'faded';

export function initiativeEmphasis(
  initiative: Initiative,
  visibility: Visibility,
  selection: Selection | null,
): Emphasis {
  if (!visibility.initiativeIds.has(initiative.id)) return 'faded';
  if (!selection) return 'normal';
  const linked =
    (selection.kind === 'initiative' && selection.id === initiative.id) ||
    (selection.kind === 'cluster' && initiative.clusters.includes(selection.id)) ||
    (selection.kind === 'case-study' && String(initiative.caseStudy) === selection.id);
  return linked ? 'highlighted' : 'dimmed';
}

export function clusterEmphasis(
  cluster: Cluster,
  visibility: Visibility,
  selection: Selection | null,
  linkedClusterIds: ReadonlySet<string>,
): Emphasis {
  if (!visibility.clusterIds.has(cluster.id)) return 'faded';
  if (!selection) return 'normal';
  return linkedClusterIds.has(cluster.id) ? 'highlighted' : 'dimmed';
}

/** The clusters a selection points at: the cluster itself, an initiative's clusters or a case study's clusters. */
export function clustersOfSelection(
  selection: Selection | null,
  index: Pick<DatasetIndex, 'initiativeById' | 'caseStudyByNumber'>,
): ReadonlySet<string> {
  if (!selection) return new Set();
  if (selection.kind === 'cluster') return new Set([selection.id]);
  if (selection.kind === 'initiative') return new Set(index.initiativeById.get(selection.id)?.clusters ?? []);
  return new Set(index.caseStudyByNumber.get(Number(selection.id))?.clusters ?? []);
}
