/**
 * Synthetic networks for `npm run bench` at the scale of a whole network:
 * `generateNetwork(clusters, initiatives, seed)` returns a dataset in the
 * study's format, deterministic for a seed (d3's LCG), with headquarters
 * spread over metropolitan France around real town centres, the study's six
 * domains and types, and initiatives run by 1–4 clusters each.
 *
 * CLI: `npx tsx tests/bench/generateNetwork.ts 10000 2000 > network.json`.
 */
import { randomLcg, randomNormal } from 'd3';
import study from '../../data/study.json';
import { CLUSTER_TYPES } from '../../src/domain/clusterTypes';
import type { Cluster, Dataset, Initiative } from '../../src/domain/schema';

/** Town centres the seats gather around (lat, lon, department, region). */
const CENTRES: readonly [number, number, string, string, string][] = [
  [48.8566, 2.3522, '75', 'Paris', 'Île-de-France'],
  [45.764, 4.8357, '69', 'Rhône', 'Auvergne-Rhône-Alpes'],
  [43.2965, 5.3698, '13', 'Bouches-du-Rhône', 'Provence-Alpes-Côte d’Azur'],
  [43.6047, 1.4442, '31', 'Haute-Garonne', 'Occitanie'],
  [47.2184, -1.5536, '44', 'Loire-Atlantique', 'Pays de la Loire'],
  [48.5734, 7.7521, '67', 'Bas-Rhin', 'Grand Est'],
  [44.8378, -0.5792, '33', 'Gironde', 'Nouvelle-Aquitaine'],
  [50.6292, 3.0573, '59', 'Nord', 'Hauts-de-France'],
  [48.1173, -1.6778, '35', 'Ille-et-Vilaine', 'Bretagne'],
  [47.322, 5.0415, '21', 'Côte-d’Or', 'Bourgogne-Franche-Comté'],
  [49.4432, 1.0999, '76', 'Seine-Maritime', 'Normandie'],
  [47.9029, 1.9093, '45', 'Loiret', 'Centre-Val de Loire'],
];

export function generateNetwork(clusterCount: number, initiativeCount: number, seed = 42): Dataset {
  const random = randomLcg(seed / 1000);
  const spread = randomNormal.source(random)(0, 0.45);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const base = study as unknown as Dataset;

  const clusters: Cluster[] = Array.from({ length: clusterCount }, (_, i) => {
    const [lat, lon, departmentCode, departmentName, region] = pick(CENTRES);
    const id = `cluster-${i + 1}`;
    return {
      id,
      name: `Cluster ${i + 1}`,
      type: pick(CLUSTER_TYPES),
      interviewed: random() < 0.1,
      sector: { fr: `Secteur ${(i % 40) + 1}`, en: `Sector ${(i % 40) + 1}` },
      hq: {
        precision: 'commune',
        commune: `Commune ${i + 1}`,
        inseeCode: null,
        departmentCode,
        departmentName,
        region: { atStudy: region, today: region },
        lat: Math.round((lat + spread()) * 1e4) / 1e4,
        lon: Math.round((lon + spread() * 1.4) * 1e4) / 1e4,
        geocodeSource: 'synthetic',
      },
      foundedYear: null,
      labelYear: null,
      summary: { fr: `Cluster synthétique ${i + 1}`, en: `Synthetic cluster ${i + 1}` },
      figures: [],
      actions: [],
      quotes: [],
      sources: [{ section: 'synthetic' }],
    };
  });

  const initiatives: Initiative[] = Array.from({ length: initiativeCount }, (_, i) => {
    const domain = pick(base.domains);
    const runners = new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(clusters).id));
    const label = `Initiative ${i + 1} du domaine ${domain.order}`;
    return {
      id: `initiative-${i + 1}`,
      label: { fr: label, en: `Initiative ${i + 1} of domain ${domain.order}` },
      labelVerbatim: false,
      domain: domain.id,
      audience: Math.round(random() * 1000) / 1000,
      horizon: Math.round(random() * 1000) / 1000,
      positionSource: 'text',
      positionRationale: { fr: 'Synthétique', en: 'Synthetic' },
      caseStudy: null,
      clusters: [...runners],
      summary: { fr: label, en: label },
      sources: [{ section: 'synthetic' }],
    };
  });
  const byId = new Map(clusters.map((c) => [c.id, c]));
  for (const initiative of initiatives) {
    for (const id of initiative.clusters) byId.get(id)?.actions.push({ initiative: initiative.id, summary: initiative.summary, source: { section: 'synthetic' } });
  }

  return {
    meta: { ...base.meta, title: `Réseau synthétique (${clusterCount.toLocaleString('fr-FR')} clusters)`, datasetVersion: '0.0.1' },
    domains: base.domains,
    initiatives,
    clusters,
    caseStudies: [],
    keyFigures: [],
  };
}

if (process.argv[1]?.endsWith('generateNetwork.ts')) {
  const [clusters = '1000', initiatives = '200', seed = '42'] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(generateNetwork(Number(clusters), Number(initiatives), Number(seed))));
}
