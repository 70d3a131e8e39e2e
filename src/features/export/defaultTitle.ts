import type { TFunction } from 'i18next';
import type { FilterPart } from '../../domain/describeFilters';
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
export function defaultExportTitle(
  scope: ImageScope,
  parts: readonly FilterPart[],
  domainShortLabels: ReadonlyMap<string, string>,
  t: TFunction,
  language: string,
): string {
  const types = parts.find((p) => p.kind === 'clusterTypes');
  const interviewed = parts.find((p) => p.kind === 'interviewed');
  const regions = parts.find((p) => p.kind === 'regions');
  const domains = parts.find((p) => p.kind === 'domains');
  const caseStudies = parts.some((p) => p.kind === 'caseStudyOnly');
  if (!types && !interviewed && !regions && !domains && !caseStudies) return t(`export.defaultTitle_${scope}`);

  const who = types?.types.length === 1 ? t(`export.titleType.${types.types[0]}`) : t('export.titleType.any');
  const where =
    regions === undefined
      ? ''
      : regions.names.length <= 2
        ? regionsPhrase(regions.names, t('export.titleAnd'), language)
        : t('export.titleRegions', { count: regions.names.length });
  const what =
    domains === undefined ? '' : domains.labels.length === 1 ? (domainShortLabels.get(domains.labels[0]!) ?? domains.labels[0]!) : t('export.titleDomains', { count: domains.labels.length });
  return t(`export.titlePhrase_${scope === 'map' || scope === 'matrix' ? scope : 'initiatives'}`, {
    who,
    interviewed: interviewed ? t(`export.titleInterviewed_${interviewed.value}`) : '',
    where: where === '' ? '' : ` ${where}`,
    what: what === '' ? '' : t('export.titleWhat', { what }),
    caseStudies: caseStudies ? t('export.titleCaseStudies') : '',
  });
}
