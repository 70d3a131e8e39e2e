/**
 * `npm run data:check [file.json]`: validates a dataset (data/study.json by
 * default) against the schema and its cross-references, and checks that the
 * published JSON Schema (data/study.schema.json) is the one the runtime
 * schema generates. `--write-schema` regenerates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../src/domain/parseDataset.ts';
import { datasetJsonSchema } from '../src/domain/jsonSchema.ts';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const writeSchema = args.includes('--write-schema');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(here, 'study.json'));
const schemaFile = resolve(here, 'study.schema.json');

let failed = false;
const expectedSchema = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
if (writeSchema) {
  writeFileSync(schemaFile, expectedSchema);
  console.log(`wrote ${schemaFile}`);
} else {
  let current = '';
  try {
    current = readFileSync(schemaFile, 'utf8');
  } catch {
    // reported just below
  }
  if (current !== expectedSchema) {
    failed = true;
    console.error('data/study.schema.json is out of date with src/domain/schema.ts: run `npm run data:check -- --write-schema`.');
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`${path}: cannot be read as JSON — ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const result = parseDataset(readJson(file));
if (result.ok) {
  const d = result.dataset;
  for (const warning of result.warnings) console.warn(`  warning ${warning.path}: ${warning.message}`);
  // The study's own data is complete: every seat is placed, in a department and a region.
  if (!args.some((a) => !a.startsWith('--'))) {
    for (const c of d.clusters) {
      if (c.hq.lat === null || c.hq.departmentCode === null || c.hq.region === null) {
        failed = true;
        console.error(`  ${c.id}: the study's clusters must all be on the map, with department and region`);
      }
    }
  }
  console.log(
    `${file}: valid — ${d.domains.length} domains, ${d.initiatives.length} initiatives, ` +
      `${d.clusters.length} clusters (${d.clusters.filter((c) => c.interviewed).length} interviewed), ` +
      `${d.caseStudies.length} case studies, ${d.keyFigures.length} key figures`,
  );
} else {
  failed = true;
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
}
process.exit(failed ? 1 : 0);
