import { dataText } from '../../domain/language';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { AUDIENCE_STEPS, HORIZON_STEPS, stepOf } from '../../domain/axisSteps';
import { isFullRange, type AxisRange, type InterviewedFilter } from '../../domain/filters';
import { CLUSTER_TYPE_STYLE } from '../../domain/map/markerLayout';
import { CLUSTER_TYPES } from '../../domain/clusterTypes';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { MAX_QUERY_LENGTH } from '../../state/urlState';
import { RangeFilter } from './RangeFilter';

const INTERVIEWED_OPTIONS: readonly InterviewedFilter[] = ['all', 'interviewed', 'cited'];

/**
 * The filters. Each group reads only its own part of the store, so a click
 * re-renders the group it changed and not the whole panel: on a network of
 * thousands, every millisecond of a filter change counts. The groups are
 * memoised and take no props, so the panel's own re-render (its count of
 * active filters) passes them by.
 */
export function FilterPanel() {
  const { t } = useTranslation();
  const activeCount = useDashboard(
    ({ filters }) =>
      filters.domains.length + filters.clusterTypes.length + filters.regions.length + (filters.interviewed !== 'all' ? 1 : 0) + (filters.caseStudyOnly ? 1 : 0),
  );
  // On a phone the filters fold away under their heading, so the views come first.
  const [unfoldedOnPhone, setUnfoldedOnPhone] = useState(false);

  return (
    <aside className={unfoldedOnPhone ? 'filters' : 'filters is-folded'} aria-labelledby="filters-heading">
      <div className="filters-bar">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        <button type="button" className="filters-fold" aria-expanded={unfoldedOnPhone} aria-controls="filters-body" onClick={() => setUnfoldedOnPhone(!unfoldedOnPhone)}>
          {unfoldedOnPhone ? t('filters.fold') : t('filters.unfold', { count: activeCount })}
        </button>
      </div>
      <div id="filters-body" className="filters-body">
        <SearchBox />
        <DomainFilter />
        <TypeFilter />
        <InterviewedChoice />
        <RegionFilter />
        <AxisFilters />
        <CaseStudyOnly />
      </div>
    </aside>
  );
}

const SearchBox = memo(function SearchBox() {
  const { t } = useTranslation();
  const query = useDashboard((s) => s.filters.query);
  const setQuery = useDashboard((s) => s.setQuery);
  const searchId = useId();
  return (
    <>
      <label htmlFor={searchId}>{t('filters.search')}</label>
      <input id={searchId} type="search" value={query} maxLength={MAX_QUERY_LENGTH} placeholder={t('filters.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
    </>
  );
});

const DomainFilter = memo(function DomainFilter() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  const chosen = useDashboard((s) => s.filters.domains);
  const toggleDomain = useDashboard((s) => s.toggleDomain);
  const domains = useMemo(
    () => [...index.dataset.domains].sort((a, b) => a.order - b.order).map((domain) => ({ domain, symbol: domainSymbolPath(domain.order, 80) })),
    [index],
  );
  return (
    <fieldset>
      <legend>{t('filters.domains')}</legend>
      {domains.map(({ domain, symbol }) => (
        <label key={domain.id} className="filter-option">
          <input type="checkbox" checked={chosen.includes(domain.id)} onChange={() => toggleDomain(domain.id)} />
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" className="filter-symbol">
            <path d={symbol} fill={domain.color} />
          </svg>
          {dataText(domain.label, language)}
        </label>
      ))}
    </fieldset>
  );
});

const TypeFilter = memo(function TypeFilter() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const chosen = useDashboard((s) => s.filters.clusterTypes);
  const toggleClusterType = useDashboard((s) => s.toggleClusterType);
  const presentTypes = useMemo(() => new Set(index.dataset.clusters.map((c) => c.type)), [index]);
  return (
    <fieldset>
      <legend>{t('filters.clusterTypes')}</legend>
      {CLUSTER_TYPES.filter((type) => presentTypes.has(type) || chosen.includes(type)).map((type) => (
        <label key={type} className="filter-option">
          <input type="checkbox" checked={chosen.includes(type)} onChange={() => toggleClusterType(type)} />
          <span className="swatch" style={{ background: CLUSTER_TYPE_STYLE[type].color }} aria-hidden="true" />
          {t(`clusterType.${type}`)}
        </label>
      ))}
    </fieldset>
  );
});

const InterviewedChoice = memo(function InterviewedChoice() {
  const { t } = useTranslation();
  const interviewed = useDashboard((s) => s.filters.interviewed);
  const setInterviewed = useDashboard((s) => s.setInterviewed);
  return (
    <fieldset>
      <legend>{t('filters.interviewed')}</legend>
      {INTERVIEWED_OPTIONS.map((option) => (
        <label key={option} className="filter-option">
          <input type="radio" name="interviewed" value={option} checked={interviewed === option} onChange={() => setInterviewed(option)} />
          {t(`filters.interviewed_${option}`)}
        </label>
      ))}
    </fieldset>
  );
});

/** The regions of the headquarters: a group of its own, always in sight (a folded list was missed). */
const RegionFilter = memo(function RegionFilter() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const chosen = useDashboard((s) => s.filters.regions);
  const toggleRegion = useDashboard((s) => s.toggleRegion);
  return (
    <fieldset className="region-filter">
      <legend>
        {t('filters.regions')}
        {chosen.length > 0 && ` (${chosen.length})`}
      </legend>
      <div className="region-list">
        {index.regions.map((region) => (
          <label key={region} className="filter-option">
            <input type="checkbox" checked={chosen.includes(region)} onChange={() => toggleRegion(region)} />
            {region}
          </label>
        ))}
      </div>
    </fieldset>
  );
});

const AxisFilters = memo(function AxisFilters() {
  const { t } = useTranslation();
  const audience = useDashboard((s) => s.filters.audience);
  const horizon = useDashboard((s) => s.filters.horizon);
  const setAudienceRange = useDashboard((s) => s.setAudienceRange);
  const setHorizonRange = useDashboard((s) => s.setHorizonRange);
  return (
    <>
      <AxisSteps
        legend={t('filters.audience')}
        steps={AUDIENCE_STEPS}
        stepLabel={(id) => t(`filters.audienceStep_${id}`)}
        range={audience}
        onChange={setAudienceRange}
        lowLabel={t('filters.audienceLow')}
        highLabel={t('filters.audienceHigh')}
      />
      <AxisSteps
        legend={t('filters.horizon')}
        steps={HORIZON_STEPS}
        stepLabel={(id) => t(`filters.horizonStep_${id}`)}
        range={horizon}
        onChange={setHorizonRange}
        lowLabel={t('filters.horizonLow')}
        highLabel={t('filters.horizonHigh')}
      />
    </>
  );
});

/**
 * One of Figure 1's axes filtered by the study's categories (all, or one third
 * of the axis by its name), with the precise range one click away for those
 * who want it; a range of one's own shows as such and keeps the range open.
 */
function AxisSteps<Id extends string>({
  legend,
  steps,
  stepLabel,
  range,
  onChange,
  lowLabel,
  highLabel,
}: {
  legend: string;
  steps: readonly { readonly id: Id; readonly range: AxisRange }[];
  stepLabel: (id: Id) => string;
  range: AxisRange;
  onChange: (from: number, to: number) => void;
  lowLabel: string;
  highLabel: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  const current = isFullRange(range) ? 'all' : stepOf(steps, range);
  const [preciseOpen, setPreciseOpen] = useState(current === null);
  const open = preciseOpen || current === null;
  return (
    <fieldset className="axis-steps">
      <legend>{legend}</legend>
      <label className="filter-option">
        <input type="radio" name={name} checked={current === 'all'} onChange={() => onChange(0, 1)} />
        {t('filters.stepAll')}
      </label>
      {steps.map((step) => (
        <label key={step.id} className="filter-option">
          <input type="radio" name={name} checked={current === step.id} onChange={() => onChange(step.range[0], step.range[1])} />
          {stepLabel(step.id)}
        </label>
      ))}
      {current === null && <p className="axis-steps-custom">{t('filters.stepCustom', { from: Math.round(range[0] * 100), to: Math.round(range[1] * 100) })}</p>}
      <button type="button" className="disclosure link-button" aria-expanded={open} onClick={() => setPreciseOpen(!open)} disabled={current === null}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('filters.preciseRange')}
      </button>
      {open && <RangeFilter legend={t('filters.preciseRangeOf', { axis: legend })} lowLabel={lowLabel} highLabel={highLabel} range={range} onChange={onChange} />}
    </fieldset>
  );
}

const CaseStudyOnly = memo(function CaseStudyOnly() {
  const { t } = useTranslation();
  const caseStudyOnly = useDashboard((s) => s.filters.caseStudyOnly);
  const setCaseStudyOnly = useDashboard((s) => s.setCaseStudyOnly);
  return (
    <label className="filter-option">
      <input type="checkbox" checked={caseStudyOnly} onChange={(event) => setCaseStudyOnly(event.target.checked)} />
      {t('filters.caseStudyOnly')}
    </label>
  );
});
