import { placeInFrance } from './places';
import type { Dataset } from './schema';
import type { SchemaProblemCode } from './schemaIssues';

/** What is wrong, for the interface to word in the reader's language (`importProblems.<code>`). */
export type IntegrityProblemCode =
  | 'id-twice'
  | 'case-study-number-twice'
  | 'order-twice'
  | 'unknown-domain'
  | 'unknown-cluster'
  | 'unknown-case-study'
  | 'case-study-details-other'
  | 'unknown-initiative'
  | 'action-without-link'
  | 'link-without-action'
  | 'case-study-not-back'
  | 'case-study-domain-differs'
  | 'case-study-cluster-not-running'
  | 'domain-without-initiative'
  | 'no-coordinates'
  | 'outside-france'
  | 'lat-lon-swapped';

export type DatasetProblemCode = IntegrityProblemCode | SchemaProblemCode;

/**
 * One thing wrong with a dataset, located by a JSON path such as `clusters[3].hq.lat`.
 * Errors block loading; warnings are shown but the data loads. `code` and
 * `params` are for the interface to word it; `message` is English, for logs and scripts.
 */
export interface DatasetProblem {
  readonly path: string;
  readonly code: DatasetProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

type Params = DatasetProblem['params'];

function duplicates<T extends string | number>(values: readonly T[]): Set<T> {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return repeated;
}

/**
 * Cross-references the schema cannot express: ids that must exist, links
 * that must agree in both directions, and coverage (every domain has
 * initiatives); and, as warnings, seats that are not on the map or implausibly
 * far from France. Returns every problem, not just the first.
 */
export function checkIntegrity(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, code: IntegrityProblemCode, params: Params, message: string) =>
    problems.push({ path, code, params, message, severity: 'error' });
  const warn = (path: string, code: IntegrityProblemCode, params: Params, message: string) =>
    problems.push({ path, code, params, message, severity: 'warning' });

  const domainIds = new Set(dataset.domains.map((d) => d.id));
  const initiativeById = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const clusterById = new Map(dataset.clusters.map((c) => [c.id, c]));
  const clusterIds = new Set(clusterById.keys());
  const caseStudyByNumber = new Map(dataset.caseStudies.map((c) => [c.number, c]));

  const unknownCluster = (path: string, id: string) => report(path, 'unknown-cluster', { id }, `"${id}" is not the id of a cluster`);
  const unknownDomain = (path: string, id: string) => report(path, 'unknown-domain', { id }, `"${id}" is not the id of a domain`);
  const unknownInitiative = (path: string, id: string) => report(path, 'unknown-initiative', { id }, `"${id}" is not the id of an initiative`);

  for (const list of ['domains', 'initiatives', 'clusters'] as const) {
    for (const id of duplicates(dataset[list].map((item) => item.id))) report(list, 'id-twice', { id }, `the id "${id}" is used twice`);
  }
  // The order numbers a domain in legends and in CSV imports (« domain: 3 »): two domains cannot share one.
  for (const order of duplicates(dataset.domains.map((d) => d.order))) {
    report('domains', 'order-twice', { order }, `the domain order ${order} is used twice`);
  }
  for (const number of duplicates(dataset.caseStudies.map((c) => c.number))) {
    report('caseStudies', 'case-study-number-twice', { number }, `the case study number ${number} is used twice`);
  }

  dataset.initiatives.forEach((initiative, i) => {
    const path = `initiatives[${i}]`;
    if (!domainIds.has(initiative.domain)) unknownDomain(`${path}.domain`, initiative.domain);
    initiative.clusters.forEach((clusterId, j) => {
      if (!clusterIds.has(clusterId)) unknownCluster(`${path}.clusters[${j}]`, clusterId);
    });
    if (initiative.caseStudy !== null) {
      const number = initiative.caseStudy;
      const caseStudy = caseStudyByNumber.get(number);
      if (!caseStudy) {
        report(`${path}.caseStudy`, 'unknown-case-study', { number }, `there is no case study number ${number}`);
      } else if (caseStudy.initiative !== initiative.id) {
        report(`${path}.caseStudy`, 'case-study-details-other', { number, other: caseStudy.initiative, id: initiative.id }, `case study ${number} details "${caseStudy.initiative}", not "${initiative.id}"`);
      }
    }
  });

  dataset.clusters.forEach((cluster, i) => {
    cluster.actions.forEach((action, j) => {
      const initiative = initiativeById.get(action.initiative);
      const path = `clusters[${i}].actions[${j}].initiative`;
      if (!initiative) unknownInitiative(path, action.initiative);
      else if (!initiative.clusters.includes(cluster.id)) {
        report(path, 'action-without-link', { cluster: cluster.id, initiative: initiative.id }, `"${cluster.id}" acts on "${initiative.id}" but is missing from that initiative's clusters`);
      }
    });
  });
  dataset.initiatives.forEach((initiative, i) => {
    initiative.clusters.forEach((clusterId, j) => {
      const cluster = clusterById.get(clusterId);
      if (cluster && !cluster.actions.some((a) => a.initiative === initiative.id)) {
        report(`initiatives[${i}].clusters[${j}]`, 'link-without-action', { cluster: clusterId, initiative: initiative.id }, `"${clusterId}" runs "${initiative.id}" but has no action describing it`);
      }
    });
  });

  dataset.caseStudies.forEach((caseStudy, i) => {
    const path = `caseStudies[${i}]`;
    caseStudy.clusters.forEach((clusterId, j) => {
      if (!clusterIds.has(clusterId)) unknownCluster(`${path}.clusters[${j}]`, clusterId);
    });
    if (!domainIds.has(caseStudy.domain)) unknownDomain(`${path}.domain`, caseStudy.domain);
    const initiative = initiativeById.get(caseStudy.initiative);
    if (!initiative) {
      unknownInitiative(`${path}.initiative`, caseStudy.initiative);
      return;
    }
    if (initiative.caseStudy !== caseStudy.number) {
      report(`${path}.initiative`, 'case-study-not-back', { initiative: initiative.id, number: caseStudy.number }, `"${initiative.id}" does not point back to case study ${caseStudy.number}`);
    }
    if (initiative.domain !== caseStudy.domain) {
      report(`${path}.domain`, 'case-study-domain-differs', { domain: caseStudy.domain, other: initiative.domain }, `"${caseStudy.domain}" differs from its initiative's domain "${initiative.domain}"`);
    }
    caseStudy.clusters.forEach((clusterId, j) => {
      if (clusterIds.has(clusterId) && !initiative.clusters.includes(clusterId)) {
        report(`${path}.clusters[${j}]`, 'case-study-cluster-not-running', { cluster: clusterId, initiative: initiative.id }, `"${clusterId}" is not among the clusters of "${initiative.id}"`);
      }
    });
  });

  const domainsWithInitiatives = new Set(dataset.initiatives.map((i) => i.domain));
  dataset.domains.forEach((domain, i) => {
    if (!domainsWithInitiatives.has(domain.id)) warn(`domains[${i}]`, 'domain-without-initiative', { id: domain.id }, `the domain "${domain.id}" has no initiative`);
  });

  dataset.clusters.forEach((cluster, i) => {
    const { lat, lon } = cluster.hq;
    if (lat === null || lon === null) {
      warn(`clusters[${i}].hq`, 'no-coordinates', { name: cluster.name }, `"${cluster.name}" has no coordinates: it is listed but not on the map`);
      return;
    }
    // Seats are French: a point elsewhere is most often a slip (swapped columns, 0,0), and would lie outside the map's view.
    const place = placeInFrance(lat, lon);
    if (place !== 'in-france') {
      warn(`clusters[${i}].hq`, place, { lat, lon }, `${lat}, ${lon} is outside France${place === 'lat-lon-swapped' ? ' (latitude and longitude swapped?)' : ''}`);
    }
  });

  return problems;
}
