/**
 * `npm run bench -- [--sizes 15,1000,10000,100000] [--only timing|endurance|advice|lighthouse] [--app-dist <dir>] [--naive-dist <dir>]`
 * (15 = the study). Without --naive-dist, the naive page is built into tests/bench/dist-naive.
 * `--only endurance` measures the heap over long use only (no timings, no naive page); `--only advice`,
 * a profile's suggestions and the coverage matrix on the study and at 10,000 clusters; `--only lighthouse`,
 * Lighthouse's performance score of both pages on the study.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SIZE_KEYS, type SizeKey } from './sizes';

export interface BenchOptions {
  readonly sizes: readonly SizeKey[];
  readonly appDist: string;
  /** null: build the naive page (into tests/bench/dist-naive) and serve that. */
  readonly naiveDist: string | null;
  /** null: everything. */
  readonly only: BenchPart | null;
}

export const BENCH_PARTS = ['timing', 'endurance', 'advice', 'lighthouse'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

function parsePart(value: string | undefined): BenchPart | null {
  if (value === undefined) return null;
  const part = BENCH_PARTS.find((p) => p === value);
  if (!part) throw new Error(`--only: unknown part "${value}" (choose among ${BENCH_PARTS.join(', ')})`);
  return part;
}

function parseSizes(list: string): SizeKey[] {
  const sizes = list.split(',').map((item) => {
    const key = SIZE_KEYS.find((k) => String(k) === item.trim().replace(/[_,]/g, '') || (item.trim() === 'study' && k === 15));
    if (key === undefined) throw new Error(`--sizes: unknown size "${item}" (choose among ${SIZE_KEYS.join(', ')}; 15 = the study)`);
    return key;
  });
  return SIZE_KEYS.filter((k) => sizes.includes(k));
}

export function parseOptions(argv: readonly string[], root: string): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { sizes: { type: 'string' }, only: { type: 'string' }, 'app-dist': { type: 'string' }, 'naive-dist': { type: 'string' } },
    strict: true,
  });
  return {
    sizes: values.sizes ? parseSizes(values.sizes) : SIZE_KEYS,
    appDist: resolve(values['app-dist'] ?? resolve(root, 'dist')),
    naiveDist: values['naive-dist'] ? resolve(values['naive-dist']) : null,
    only: parsePart(values.only),
  };
}
