import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/domain/filters';
import { defaultExportTitle } from '../../../../src/features/export/defaultTitle';
import { createI18n } from '../../../../src/i18n/i18n';
import type { ImageScope } from '../../../../src/io/export/exportView';
import { studyDataset } from '../../../helpers/dashboard';

const index = buildDatasetIndex(studyDataset());
const missing: string[] = [];

function title(language: 'fr' | 'en', scope: ImageScope, filters: Partial<Filters>): string {
  const i18n = createI18n(language, (key) => missing.push(key));
  return defaultExportTitle(scope, { ...DEFAULT_FILTERS, ...filters }, index, i18n.t, language);
}

describe('defaultExportTitle', () => {
  it('is the view’s plain title without filters, and ignores what a title cannot say briefly (search, axis ranges)', () => {
    expect(title('fr', 'whole', {})).toBe('Initiatives des clusters en faveur de l’emploi');
    expect(title('fr', 'map', { query: 'naval', audience: [0.5, 1] })).toBe('Sièges des clusters');
  });

  it('says who, where and what, with the French prepositions of each region', () => {
    expect(title('fr', 'whole', { regions: ['Bretagne'] })).toBe('Initiatives des clusters en Bretagne');
    expect(title('fr', 'whole', { regions: ['Grand Est'], clusterTypes: ['grappe-entreprises'] })).toBe('Initiatives des grappes d’entreprises dans le Grand Est');
    expect(title('fr', 'map', { regions: ['Hauts-de-France', 'Occitanie'], interviewed: 'cited' })).toBe('Sièges des clusters cités en exemple dans les Hauts-de-France et en Occitanie');
    expect(title('fr', 'whole', { regions: ['Bretagne', 'Occitanie', 'Grand Est'] })).toBe('Initiatives des clusters dans 3 régions');
    expect(title('fr', 'chart', { domains: ['aider-recruter'], caseStudyOnly: true })).toBe('Initiatives des clusters : Aider à recruter (fiches de l’étude)');
    expect(title('fr', 'whole', { domains: ['aider-recruter', 'analyser-metiers'] })).toBe('Initiatives des clusters : 2 domaines');
  });

  it('agrees « interrogées », « citées » with « grappes d’entreprises », a feminine noun', () => {
    expect(title('fr', 'whole', { clusterTypes: ['grappe-entreprises'], interviewed: 'interviewed' })).toBe('Initiatives des grappes d’entreprises interrogées par l’étude');
    expect(title('fr', 'matrix', { clusterTypes: ['grappe-entreprises'], interviewed: 'cited' })).toBe('Matrice de couverture des grappes d’entreprises citées en exemple');
    expect(title('fr', 'map', { clusterTypes: ['pole-competitivite'], interviewed: 'cited' })).toBe('Sièges des pôles de compétitivité cités en exemple');
    expect(title('en', 'map', { clusterTypes: ['grappe-entreprises'], interviewed: 'cited' })).toBe('Headquarters of business clusters cited as examples');
  });

  it('speaks English in English', () => {
    expect(title('en', 'whole', { regions: ['Bretagne', 'Pays de la Loire'], clusterTypes: ['pole-competitivite'] })).toBe(
      'Initiatives of competitiveness clusters in Bretagne and Pays de la Loire',
    );
    expect(title('en', 'map', { interviewed: 'interviewed' })).toBe('Headquarters of clusters interviewed for the study');
    expect(missing).toEqual([]);
  });
});
