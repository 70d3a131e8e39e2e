import type { TFunction } from 'i18next';
import type { DatasetIndex } from '../../domain/datasetIndex';
import type { Filters } from '../../domain/filters';
import { dataText, type Language } from '../../domain/language';
import type { ImageScope } from '../../io/export/exportView';

/**
 * French regions take different prepositions ("en Bretagne", "dans les
 * Pays de la Loire", "dans le Grand Est"); a region not listed (an imported
 * network's) takes "en".
 */
const FRENCH_REGION_PREPOSITION: Readonly<Record<string, string>> = {
  'Grand Est': 'dans le',
  'Hauts-de-France': 'dans les',
  'Pays de la Loire': 'dans les',
  'La Réunion': 'à',
  Mayotte: 'à',
};

/** « en Bretagne et dans les Pays de la Loire » / "in Bretagne and Pays de la Loire". */
function regionsPhrase(names: readonly string[], and: string, language: string): string {
  if (language === 'fr') return names.map((name) => `${FRENCH_REGION_PREPOSITION[name] ?? 'en'} ${name}`).join(and);
  return `in ${names.join(and)}`;
}

/**
 * The image's title as a phrase built from the active filters, e.g.
 * « Initiatives des clusters en Bretagne » or « Sièges des grappes
 * d'entreprises dans les Pays de la Loire : Aider à recruter ». With no
 * filter it is the view's plain title. Filters a title cannot say briefly
 * (axis ranges, search) are left to the filter line beneath it.
 */
export function defaultExportTitle(scope: ImageScope, filters: Filters, index: DatasetIndex, t: TFunction, language: Language): string {
  const types = filters.clusterTypes;
  const interviewed = filters.interviewed === 'all' ? null : filters.interviewed;
  const regions = [...filters.regions].sort((a, b) => a.localeCompare(b, 'fr'));
  const domains = filters.domains
    .map((id) => index.domainById.get(id))
    .filter((d) => d !== undefined)
    .sort((a, b) => a.order - b.order);
  const caseStudies = filters.caseStudyOnly;
  if (types.length === 0 && !interviewed && regions.length === 0 && domains.length === 0 && !caseStudies) return t(`export.defaultTitle_${scope}`);

  const who = types.length === 1 ? t(`export.titleType.${types[0]}`) : t('export.titleType.any');
  // « grappes d'entreprises interrogées » : French agrees the words after the noun with its gender.
  const gender = t(`export.titleTypeGender.${types.length === 1 ? types[0] : 'any'}`);
  const where =
    regions.length === 0 ? '' : regions.length <= 2 ? regionsPhrase(regions, t('export.titleAnd'), language) : t('export.titleRegions', { count: regions.length });
  const what = domains.length === 0 ? '' : domains.length === 1 ? dataText(domains[0]!.shortLabel, language) : t('export.titleDomains', { count: domains.length });
  return t(`export.titlePhrase_${scope === 'map' || scope === 'matrix' ? scope : 'initiatives'}`, {
    who,
    interviewed: interviewed ? t(`export.titleInterviewed_${interviewed}`, { context: gender }) : '',
    where: where === '' ? '' : ` ${where}`,
    what: what === '' ? '' : t('export.titleWhat', { what }),
    caseStudies: caseStudies ? t('export.titleCaseStudies') : '',
  });
}
