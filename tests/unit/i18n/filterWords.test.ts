import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { describeFilters } from '../../../src/domain/describeFilters';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { createI18n } from '../../../src/i18n/i18n';
import { say } from '../../../src/i18n/say';
import { studyDataset } from '../../helpers/dashboard';

const index = buildDatasetIndex(studyDataset());
const every: Filters = {
  ...DEFAULT_FILTERS,
  domains: ['aider-recruter', 'analyser-metiers'],
  clusterTypes: ['ptce', 'grappe-entreprises'],
  interviewed: 'interviewed',
  regions: ['Occitanie', 'Bretagne'],
  audience: [2 / 3, 1],
  horizon: [0.1, 0.45],
  caseStudyOnly: true,
  query: ' naval ',
};

describe('the active filters in words (the summary above the views and the exports’ filter line)', () => {
  // The phrases the summary said before the filters were declared in one table (Nov. 2026), word for word.
  it('names every filter, in the table’s order, a step of the study by its name and a range of one’s own in percent (French)', () => {
    expect(describeFilters(every, index, 'fr').map((words) => say(words, createI18n('fr').t))).toEqual([
      'Domaines : Analyser les métiers, anticiper les besoins en compétences, Aider les entreprises du cluster à recruter',
      'Types : Pôle territorial de coopération économique, Grappe d’entreprises',
      'Clusters interrogés pour l’étude',
      'Régions : Bretagne, Occitanie',
      'Public visé : public plus large',
      'Délai des effets : de 10 % à 45 %',
      'Initiatives détaillées dans une fiche',
      'Recherche : « naval »',
    ]);
  });

  it('speaks English in English', () => {
    expect(describeFilters(every, index, 'en').map((words) => say(words, createI18n('en').t))).toEqual([
      "Domains: Analysing occupations, anticipating skills needs, Helping the cluster's companies to recruit",
      'Types: Local economic cooperation hub (PTCE), Business cluster (grappe d’entreprises)',
      'Clusters interviewed for the study',
      'Regions: Bretagne, Occitanie',
      'Audience: wider public',
      'Time to effect: from 10 % to 45 %',
      'Initiatives detailed in a case study',
      'Search: “naval”',
    ]);
  });
});
