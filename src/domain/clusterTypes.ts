/**
 * The four kinds of clusters the study describes. Kept apart from the zod
 * schema so that views can list them without loading the validator.
 */
export const CLUSTER_TYPES = ['pole-competitivite', 'grappe-entreprises', 'cluster-regional', 'ptce'] as const;

export type ClusterType = (typeof CLUSTER_TYPES)[number];
