import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { indexVocabulary, urlVocabulary } from '../../../src/state/urlVocabulary';
import { studyDataset } from '../../helpers/dashboard';

describe('the vocabulary of a link, read from the index', () => {
  it('knows exactly what the dataset names, as the sets built from it do', () => {
    const study = studyDataset();
    const fromSets = urlVocabulary(study);
    const fromIndex = indexVocabulary(buildDatasetIndex(study));
    const asked = {
      domainIds: [...study.domains.map((d) => d.id), 'recruter ', 'inconnu'],
      regions: [...study.clusters.flatMap((c) => (c.hq.region ? [c.hq.region.today] : [])), 'Picardie', ''],
      clusterIds: [...study.clusters.map((c) => c.id), 'MECABOURG', 'absent'],
      initiativeIds: [...study.initiatives.map((i) => i.id), 'x'],
    } as const;
    for (const [kind, values] of Object.entries(asked) as [keyof typeof asked, readonly string[]][]) {
      for (const value of values) expect(fromIndex[kind].has(value), `${kind} ${value}`).toBe(fromSets[kind].has(value));
    }
    for (const number of [...study.caseStudies.map((c) => c.number), 0, 10, 99]) {
      expect(fromIndex.caseStudyNumbers.has(number), `fiche ${number}`).toBe(fromSets.caseStudyNumbers.has(number));
    }
  });
});
