/**
 * The dataset sizes `npm run bench` measures, and the data each one serves:
 * the study (the app's default dataset) and synthetic networks from
 * generateNetwork, cached in tests/bench/.data/ (gitignored) once generated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import study from '../../data/study.json';
import { buildDatasetIndex, type DatasetIndex } from '../../src/domain/datasetIndex';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { parseDataset } from '../../src/domain/parseDataset';
import { computeVisibility } from '../../src/domain/visibility';
import { generateNetwork } from './generateNetwork';

export const SIZE_KEYS = [15, 1000, 10000, 100000] as const;
export type SizeKey = (typeof SIZE_KEYS)[number];

export interface BenchSize {
  readonly key: SizeKey;
  readonly label: string;
  /** null: the study, loaded by the app itself (no `?data=`). */
  readonly network: { readonly clusters: number; readonly initiatives: number; readonly seed: number } | null;
  /** Typed one character at a time in the search box. */
  readonly query: string;
  readonly loads: number;
  readonly changes: { readonly warmup: number; readonly count: number };
  readonly keystrokes: { readonly warmup: number; readonly count: number };
  /** Soft time budget per subject; measures stop early (and say so) when it runs out. */
  readonly budgetMs: number;
  readonly gotoTimeoutMs: number;
}

const SEED = 42;
const common = { changes: { warmup: 6, count: 40 }, keystrokes: { warmup: 6, count: 20 }, loads: 7, gotoTimeoutMs: 30_000 };

export const SIZES: readonly BenchSize[] = [
  { ...common, key: 15, label: 'study (15 interviewed + 17 cited)', network: null, query: 'emploi', budgetMs: 90_000 },
  { ...common, key: 1000, label: '1,000 clusters', network: { clusters: 1000, initiatives: 200, seed: SEED }, query: 'cluster 12', budgetMs: 120_000 },
  { ...common, key: 10000, label: '10,000 clusters', network: { clusters: 10000, initiatives: 2000, seed: SEED }, query: 'cluster 12', budgetMs: 180_000 },
  {
    ...common,
    key: 100000,
    label: '100,000 clusters',
    network: { clusters: 100000, initiatives: 2000, seed: SEED },
    query: 'cluster 12',
    loads: 3,
    changes: { warmup: 3, count: 20 },
    keystrokes: { warmup: 3, count: 20 },
    budgetMs: 240_000,
    gotoTimeoutMs: 60_000,
  },
];

/** Visible [initiatives, clusters], as the counts text of both subjects shows them. */
export type Counts = readonly [number, number];

export interface BenchData {
  /** Same-origin path the subjects load with `?data=`, served by a Playwright route; null for the study. */
  readonly path: string | null;
  readonly body: Buffer | null;
  /** What the counts must read once `query` is typed in the search box, with no other filter. */
  countsFor(query: string): Counts;
}

const cacheDir = resolve(import.meta.dirname, '.data');

/** The generated network's JSON, written once to tests/bench/.data/ and reused. */
function networkFile(network: NonNullable<BenchSize['network']>): { name: string; body: Buffer } {
  const name = `network-${network.clusters}-${network.initiatives}-${network.seed}.json`;
  const file = resolve(cacheDir, name);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(generateNetwork(network.clusters, network.initiatives, network.seed)));
  }
  return { name, body: readFileSync(file) };
}

function indexOf(value: unknown, what: string): DatasetIndex {
  const parsed = parseDataset(value);
  if (!parsed.ok) throw new Error(`${what} is not a valid dataset: ${parsed.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return buildDatasetIndex(parsed.dataset);
}

export function benchData(size: BenchSize): BenchData {
  const file = size.network ? networkFile(size.network) : null;
  const index = file ? indexOf(JSON.parse(file.body.toString('utf8')), file.name) : indexOf(study, 'data/study.json');
  const counts = new Map<string, Counts>();
  return {
    path: file ? `/bench-data/${file.name}` : null,
    body: file?.body ?? null,
    countsFor(query) {
      let known = counts.get(query);
      if (!known) {
        const visibility = computeVisibility(index, { ...DEFAULT_FILTERS, query });
        known = [visibility.initiativeIds.size, visibility.clusterIds.size];
        counts.set(query, known);
      }
      return known;
    },
  };
}
