import type { Dataset } from '../domain/schema';

/**
 * Loads the study's own dataset. It ships with the app, in a chunk of its own
 * with the validator (so the first paint waits for neither), and goes through
 * the same validation as any imported dataset.
 */
export async function loadStudyDataset(): Promise<Dataset> {
  const [module, { parseDataset }] = await Promise.all([import('../../data/study.json'), import('../domain/parseDataset')]);
  const result = parseDataset(module.default);
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`data/study.json is not a valid dataset (${result.problems.length} problems): ${first.join('; ')}`);
  }
  return result.dataset;
}
