import { describe, expect, it } from 'vitest';
import study from '../../../data/study.json';
import { parseDataset } from '../../../src/domain/parseDataset';
import { readFileSync } from 'node:fs';

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

  it('is what validation returns, unchanged (the app fetches the file as it is: io/loadStudyDataset)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../../data/study.json', import.meta.url), 'utf8'));
    const result = parseDataset(JSON.parse(JSON.stringify(shipped)));
    if (!result.ok) throw new Error('the study does not pass validation');
    expect(result.dataset).toStrictEqual(shipped);
    expect(shipped).toStrictEqual(study);
  });
});
