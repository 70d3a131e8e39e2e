import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import type { InterviewedFilter } from '../../domain/filters';
import { CLUSTER_TYPE_STYLE } from '../../domain/map/markerLayout';
import { CLUSTER_TYPES } from '../../domain/clusterTypes';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { RangeFilter } from './RangeFilter';

const INTERVIEWED_OPTIONS: readonly InterviewedFilter[] = ['all', 'interviewed', 'cited'];

export function FilterPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  const filters = useDashboard((s) => s.filters);
  const toggleDomain = useDashboard((s) => s.toggleDomain);
  const toggleClusterType = useDashboard((s) => s.toggleClusterType);
  const setInterviewed = useDashboard((s) => s.setInterviewed);
  const toggleRegion = useDashboard((s) => s.toggleRegion);
  const setAudienceRange = useDashboard((s) => s.setAudienceRange);
  const setHorizonRange = useDashboard((s) => s.setHorizonRange);
  const setCaseStudyOnly = useDashboard((s) => s.setCaseStudyOnly);
  const setQuery = useDashboard((s) => s.setQuery);
  const searchId = useId();
  // On a phone the filters fold away under their heading, so the views come first.
  const [unfoldedOnPhone, setUnfoldedOnPhone] = useState(false);
  const activeCount =
    filters.domains.length + filters.clusterTypes.length + filters.regions.length + (filters.interviewed !== 'all' ? 1 : 0) + (filters.caseStudyOnly ? 1 : 0);
  const domains = [...index.dataset.domains].sort((a, b) => a.order - b.order);
  const presentTypes = useMemo(() => new Set(index.dataset.clusters.map((c) => c.type)), [index]);

  return (
    <aside className={unfoldedOnPhone ? 'filters' : 'filters is-folded'} aria-labelledby="filters-heading">
      <div className="filters-bar">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        <button type="button" className="filters-fold" aria-expanded={unfoldedOnPhone} aria-controls="filters-body" onClick={() => setUnfoldedOnPhone(!unfoldedOnPhone)}>
          {unfoldedOnPhone ? t('filters.fold') : t('filters.unfold', { count: activeCount })}
        </button>
      </div>
      <div id="filters-body" className="filters-body">
      <label htmlFor={searchId}>{t('filters.search')}</label>
      <input
        id={searchId}
        type="search"
        value={filters.query}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
      />

      <fieldset>
        <legend>{t('filters.domains')}</legend>
        {domains.map((domain) => (
          <label key={domain.id} className="filter-option">
            <input type="checkbox" checked={filters.domains.includes(domain.id)} onChange={() => toggleDomain(domain.id)} />
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" className="filter-symbol">
              <path d={domainSymbolPath(domain.order, 80)} fill={domain.color} />
            </svg>
            {domain.label[language]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filters.clusterTypes')}</legend>
        {CLUSTER_TYPES.filter((type) => presentTypes.has(type) || filters.clusterTypes.includes(type)).map((type) => (
          <label key={type} className="filter-option">
            <input type="checkbox" checked={filters.clusterTypes.includes(type)} onChange={() => toggleClusterType(type)} />
            <span className="swatch" style={{ background: CLUSTER_TYPE_STYLE[type].color }} aria-hidden="true" />
            {t(`clusterType.${type}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filters.interviewed')}</legend>
        {INTERVIEWED_OPTIONS.map((option) => (
          <label key={option} className="filter-option">
            <input
              type="radio"
              name="interviewed"
              value={option}
              checked={filters.interviewed === option}
              onChange={() => setInterviewed(option)}
            />
            {t(`filters.interviewed_${option}`)}
          </label>
        ))}
      </fieldset>

      <details className="filter-details" open={filters.regions.length > 0 || undefined}>
        <summary>
          {t('filters.regions')}
          {filters.regions.length > 0 && ` (${filters.regions.length})`}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('filters.regions')}</legend>
          {index.regions.map((region) => (
            <label key={region} className="filter-option">
              <input type="checkbox" checked={filters.regions.includes(region)} onChange={() => toggleRegion(region)} />
              {region}
            </label>
          ))}
        </fieldset>
      </details>

      <RangeFilter
        legend={t('filters.audience')}
        lowLabel={t('filters.audienceLow')}
        highLabel={t('filters.audienceHigh')}
        range={filters.audience}
        onChange={setAudienceRange}
      />
      <RangeFilter
        legend={t('filters.horizon')}
        lowLabel={t('filters.horizonLow')}
        highLabel={t('filters.horizonHigh')}
        range={filters.horizon}
        onChange={setHorizonRange}
      />

      <label className="filter-option">
        <input type="checkbox" checked={filters.caseStudyOnly} onChange={(event) => setCaseStudyOnly(event.target.checked)} />
        {t('filters.caseStudyOnly')}
      </label>
      </div>
    </aside>
  );
}
