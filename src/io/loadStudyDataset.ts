import type { Dataset } from '../domain/schema';

/**
 * Loads the study's own dataset. It ships with the app, in a chunk of its own
 * (so the first paint does not wait for it), already validated: `npm run
 * data:check` (part of `npm test`) runs it through the schema and the
 * integrity checks, and a unit test checks that validation returns it
 * unchanged. Checking it again in every visitor's browser cost the first
 * screen 30–90 ms of the validator's work; imported datasets are still
 * validated in full.
 */
export async function loadStudyDataset(): Promise<Dataset> {
  const module = await import('../../data/study.json');
  return module.default as unknown as Dataset;
}
