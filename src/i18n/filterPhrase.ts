import type { TFunction } from 'i18next';
import { AUDIENCE_STEPS, HORIZON_STEPS, stepOf } from '../domain/axisSteps';
import type { FilterPart } from '../domain/describeFilters';

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** One active filter in words ("Domaines : Mutualiser l'emploi"), in the language of `t`. */
export function filterPhrase(part: FilterPart, t: TFunction): string {
  switch (part.kind) {
    case 'domains':
      return t('filterWords.domains', { count: part.labels.length, values: part.labels.join(', ') });
    case 'clusterTypes':
      return t('filterWords.types', { count: part.types.length, values: part.types.map((type) => t(`clusterType.${type}`)).join(', ') });
    case 'interviewed':
      return t(`filterWords.interviewed_${part.value}`);
    case 'regions':
      return t('filterWords.regions', { count: part.names.length, values: part.names.join(', ') });
    case 'audience': {
      // A step of the study's categories is said by its name; a range of one's own in percent.
      const step = stepOf(AUDIENCE_STEPS, part.range);
      return step ? t('filterWords.audienceStep', { step: t(`detail.audience_${step}`) }) : t('filterWords.audience', { from: percent(part.range[0]), to: percent(part.range[1]) });
    }
    case 'horizon': {
      const step = stepOf(HORIZON_STEPS, part.range);
      return step ? t('filterWords.horizonStep', { step: t(`detail.horizon_${step}`) }) : t('filterWords.horizon', { from: percent(part.range[0]), to: percent(part.range[1]) });
    }
    case 'caseStudyOnly':
      return t('filterWords.caseStudyOnly');
    case 'query':
      return t('filterWords.query', { text: part.text });
  }
}
