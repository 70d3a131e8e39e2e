import { describe, expect, it } from 'vitest';
import study from '../../../data/study.json';
import { parseDataset } from '../../../src/domain/parseDataset';
import { loadStudyDataset } from '../../../src/io/loadStudyDataset';

/**
 * The app ships the study without validating it in the browser
 * (loadStudyDataset): that is only right while validation would accept it
 * and hand back exactly what is in the file (no default filled in, no value
 * transformed), which this pins.
 */
describe('the study’s dataset as it ships', () => {
  it('passes the schema and the integrity checks with no warning', () => {
    const result = parseDataset(study);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('is what validation returns, unchanged, and what the app loads', async () => {
    const result = parseDataset(JSON.parse(JSON.stringify(study)));
    if (!result.ok) throw new Error('the study does not pass validation');
    expect(result.dataset).toStrictEqual(study);
    expect(await loadStudyDataset()).toStrictEqual(result.dataset);
  });
});
