import type { DatasetIndex } from '../domain/datasetIndex';
import type { Dataset } from '../domain/schema';
import type { UrlVocabulary } from './urlState';

/** The ids and names a link may use for this dataset. */
export function urlVocabulary(dataset: Pick<Dataset, 'domains' | 'initiatives' | 'clusters' | 'caseStudies'>): UrlVocabulary {
  return {
    domainIds: new Set(dataset.domains.map((d) => d.id)),
    regions: new Set(dataset.clusters.flatMap((c) => (c.hq.region ? [c.hq.region.today] : []))),
    clusterIds: new Set(dataset.clusters.map((c) => c.id)),
    initiativeIds: new Set(dataset.initiatives.map((i) => i.id)),
    caseStudyNumbers: new Set(dataset.caseStudies.map((c) => c.number)),
  };
}

/**
 * The same, read from the dataset's index: its maps by id already know every id. Building sets of them
 * instead cost a 100,000-cluster network tens of milliseconds in the task that first draws it.
 */
export function indexVocabulary(index: DatasetIndex): UrlVocabulary {
  return {
    domainIds: index.domainById,
    regions: new Set(index.regions),
    clusterIds: index.clusterById,
    initiativeIds: index.initiativeById,
    caseStudyNumbers: index.caseStudyByNumber,
  };
}
