import type { Dataset } from './schema';

/**
 * One thing wrong with a dataset, located by a JSON path such as `clusters[3].hq.lat`.
 * Errors block loading; warnings are shown but the data loads.
 */
export interface DatasetProblem {
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

function duplicates(values: readonly (string | number)[]): Set<string | number> {
  const seen = new Set<string | number>();
  const repeated = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return repeated;
}

/**
 * Cross-references the schema cannot express: ids that must exist, links
 * that must agree in both directions, and coverage (every domain has
 * initiatives). Returns every problem, not just the first.
 */
export function checkIntegrity(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  const domainIds = new Set(dataset.domains.map((d) => d.id));
  const initiativeById = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const clusterById = new Map(dataset.clusters.map((c) => [c.id, c]));
  const clusterIds = new Set(clusterById.keys());
  const caseStudyByNumber = new Map(dataset.caseStudies.map((c) => [c.number, c]));

  for (const id of duplicates(dataset.domains.map((d) => d.id))) report('domains', `the id "${id}" is used twice`);
  for (const id of duplicates(dataset.initiatives.map((i) => i.id))) {
    report('initiatives', `the id "${id}" is used twice`);
  }
  for (const id of duplicates(dataset.clusters.map((c) => c.id))) report('clusters', `the id "${id}" is used twice`);
  for (const n of duplicates(dataset.caseStudies.map((c) => c.number))) {
    report('caseStudies', `the case study number ${n} is used twice`);
  }

  dataset.initiatives.forEach((initiative, i) => {
    const path = `initiatives[${i}]`;
    if (!domainIds.has(initiative.domain)) {
      report(`${path}.domain`, `"${initiative.domain}" is not the id of a domain`);
    }
    initiative.clusters.forEach((clusterId, j) => {
      if (!clusterIds.has(clusterId)) report(`${path}.clusters[${j}]`, `"${clusterId}" is not the id of a cluster`);
    });
    if (initiative.caseStudy !== null) {
      const caseStudy = caseStudyByNumber.get(initiative.caseStudy);
      if (!caseStudy) {
        report(`${path}.caseStudy`, `there is no case study number ${initiative.caseStudy}`);
      } else if (caseStudy.initiative !== initiative.id) {
        report(
          `${path}.caseStudy`,
          `case study ${initiative.caseStudy} details "${caseStudy.initiative}", not "${initiative.id}"`,
        );
      }
    }
  });

  dataset.clusters.forEach((cluster, i) => {
    cluster.actions.forEach((action, j) => {
      const initiative = initiativeById.get(action.initiative);
      const path = `clusters[${i}].actions[${j}].initiative`;
      if (!initiative) report(path, `"${action.initiative}" is not the id of an initiative`);
      else if (!initiative.clusters.includes(cluster.id)) {
        report(path, `"${cluster.id}" acts on "${initiative.id}" but is missing from that initiative's clusters`);
      }
    });
  });
  dataset.initiatives.forEach((initiative, i) => {
    initiative.clusters.forEach((clusterId, j) => {
      const cluster = clusterById.get(clusterId);
      if (cluster && !cluster.actions.some((a) => a.initiative === initiative.id)) {
        report(
          `initiatives[${i}].clusters[${j}]`,
          `"${clusterId}" runs "${initiative.id}" but has no action describing it`,
        );
      }
    });
  });

  dataset.caseStudies.forEach((caseStudy, i) => {
    const path = `caseStudies[${i}]`;
    caseStudy.clusters.forEach((clusterId, j) => {
      if (!clusterIds.has(clusterId)) report(`${path}.clusters[${j}]`, `"${clusterId}" is not the id of a cluster`);
    });
    if (!domainIds.has(caseStudy.domain)) report(`${path}.domain`, `"${caseStudy.domain}" is not the id of a domain`);
    const initiative = initiativeById.get(caseStudy.initiative);
    if (!initiative) {
      report(`${path}.initiative`, `"${caseStudy.initiative}" is not the id of an initiative`);
      return;
    }
    if (initiative.caseStudy !== caseStudy.number) {
      report(`${path}.initiative`, `"${initiative.id}" does not point back to case study ${caseStudy.number}`);
    }
    if (initiative.domain !== caseStudy.domain) {
      report(`${path}.domain`, `"${caseStudy.domain}" differs from its initiative's domain "${initiative.domain}"`);
    }
    caseStudy.clusters.forEach((clusterId, j) => {
      if (clusterIds.has(clusterId) && !initiative.clusters.includes(clusterId)) {
        report(`${path}.clusters[${j}]`, `"${clusterId}" is not among the clusters of "${initiative.id}"`);
      }
    });
  });

  const domainsWithInitiatives = new Set(dataset.initiatives.map((i) => i.domain));
  dataset.domains.forEach((domain, i) => {
    if (!domainsWithInitiatives.has(domain.id)) warn(`domains[${i}]`, `the domain "${domain.id}" has no initiative`);
  });

  dataset.clusters.forEach((cluster, i) => {
    if (cluster.hq.lat === null) warn(`clusters[${i}].hq`, `"${cluster.name}" has no coordinates: it is listed but not on the map`);
  });

  return problems;
}
