import type { Dataset } from '../domain/schema';
import studyUrl from '../../data/study.json?url';

/**
 * Loads the study's own dataset. It ships with the app as a JSON file of its
 * own, which the page asks for from its first line (`<link rel="preload">`,
 * put in by vite.config.ts), so it downloads while the code does, and is read
 * by the JSON parser rather than compiled as a module. It is already
 * validated: `npm run data:check` (part of `npm test`) runs it through the
 * schema and the integrity checks, and a unit test checks that validation
 * returns it unchanged. Checking it again in every visitor's browser cost the
 * first screen 30–90 ms of the validator's work; imported datasets are still
 * validated in full.
 */
export async function loadStudyDataset(): Promise<Dataset> {
  // The same request as the preload (same URL, same mode), so the browser hands over what it already fetched.
  const response = await fetch(studyUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${studyUrl}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
