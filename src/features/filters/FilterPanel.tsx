import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { stepOf } from '../../domain/axisSteps';
import { FILTERS, type FilterControl, type ListOption } from '../../domain/filterTable';
import { activeFilterKeys, isFullRange, type AxisRange, type FilterKey } from '../../domain/filters';
import { CLUSTER_TYPE_STYLE } from '../../domain/map/markerLayout';
import { say } from '../../i18n/say';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { RangeFilter } from './RangeFilter';

/** The search box heads the panel; the other filters follow in the table's order. */
const PANEL_ORDER = (Object.keys(FILTERS) as FilterKey[]).sort((a, b) => Number(FILTERS[b].control.kind === 'search') - Number(FILTERS[a].control.kind === 'search'));

/**
 * The filters, one control per entry of the filter table (`domain/filterTable.ts`).
 * Each control reads only its own filter, so a click re-renders the control it
 * changed and not the whole panel: on a network of thousands, every millisecond
 * of a filter change counts. Controls are memoised on their key, so the
 * panel's own re-render (its count of active filters) passes them by.
 */
export function FilterPanel() {
  const { t } = useTranslation();
  // A search counts: folded on a phone, the panel must not say « 0 actif » while it empties the views.
  const activeCount = useDashboard(({ filters }) => activeFilterKeys(filters).length);
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
        {PANEL_ORDER.map((key) => (
          <FilterControlView key={key} filterKey={key} />
        ))}
      </div>
    </aside>
  );
}

/** A filter's current value and a way to set it, typed loosely: each control kind knows its value's shape. */
function useFilter<V>(key: FilterKey): [V, (value: V) => void] {
  const value = useDashboard((s) => s.filters[key]) as V;
  const setFilter = useDashboard((s) => s.setFilter) as (key: FilterKey, value: V) => void;
  return [value, (next) => setFilter(key, next)];
}

const FilterControlView = memo(function FilterControlView({ filterKey }: { filterKey: FilterKey }) {
  const control: FilterControl = FILTERS[filterKey].control;
  switch (control.kind) {
    case 'search':
      return <SearchBox filterKey={filterKey} control={control} />;
    case 'checklist':
      return <Checklist filterKey={filterKey} control={control} />;
    case 'choice':
      return <Choice filterKey={filterKey} control={control} />;
    case 'steps':
      return <StepsControl filterKey={filterKey} control={control} />;
    case 'check':
      return <Check filterKey={filterKey} control={control} />;
  }
});

type ControlProps<Kind extends FilterControl['kind']> = { filterKey: FilterKey; control: Extract<FilterControl, { kind: Kind }> };

function SearchBox({ filterKey, control }: ControlProps<'search'>) {
  const { t } = useTranslation();
  const [query, setQuery] = useFilter<string>(filterKey);
  const searchId = useId();
  return (
    <>
      <label htmlFor={searchId}>{say(control.label, t)}</label>
      <input id={searchId} type="search" value={query} maxLength={control.maxLength} placeholder={say(control.placeholder, t)} onChange={(event) => setQuery(event.target.value)} />
    </>
  );
}

function Checklist({ filterKey, control }: ControlProps<'checklist'>) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  const chosen = useDashboard((s) => s.filters[filterKey]) as readonly string[];
  const toggle = useDashboard((s) => s.toggleFilterItem) as (key: FilterKey, item: string) => void;
  // Not memoised: a memo here kept an imported network alive after going back to the study (releaseDataset.test);
  // the options are a few dozen at most, and the types present are worked out once per dataset.
  const options = control.options(index, chosen, language);
  const legend = say(control.legend, t);
  const list = options.map((option) => (
    <label key={option.value} className="filter-option">
      <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => toggle(filterKey, option.value)} />
      <OptionMark mark={option.mark} />
      {typeof option.label === 'string' ? option.label : say(option.label, t)}
    </label>
  ));
  // A long list (regions) is a group of its own, always in sight (a folded list was missed), that says how many are ticked.
  return control.long ? (
    <fieldset className="long-filter">
      <legend>
        {legend}
        {chosen.length > 0 && ` (${chosen.length})`}
      </legend>
      <div className="long-filter-list">{list}</div>
    </fieldset>
  ) : (
    <fieldset>
      <legend>{legend}</legend>
      {list}
    </fieldset>
  );
}

/** A domain's symbol in its colour, or a cluster type's swatch, as the views draw them. */
function OptionMark({ mark }: { mark: ListOption['mark'] }) {
  if (!mark) return null;
  if (mark.kind === 'cluster-type') return <span className="swatch" style={{ background: CLUSTER_TYPE_STYLE[mark.type].color }} aria-hidden="true" />;
  return (
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" className="filter-symbol">
      <path d={domainSymbolPath(mark.order, 80)} fill={mark.color} />
    </svg>
  );
}

function Choice({ filterKey, control }: ControlProps<'choice'>) {
  const { t } = useTranslation();
  const [value, setValue] = useFilter<string>(filterKey);
  return (
    <fieldset>
      <legend>{say(control.legend, t)}</legend>
      {control.options.map((option) => (
        <label key={option.value} className="filter-option">
          <input type="radio" name={filterKey} value={option.value} checked={value === option.value} onChange={() => setValue(option.value)} />
          {say(option.label, t)}
        </label>
      ))}
    </fieldset>
  );
}

function StepsControl({ filterKey, control }: ControlProps<'steps'>) {
  const { t } = useTranslation();
  const [range, setRange] = useFilter<AxisRange>(filterKey);
  return (
    <AxisSteps
      legend={say(control.legend, t)}
      steps={control.steps}
      stepLabel={(id) => say(control.stepLabel(id), t)}
      range={range}
      onChange={(from, to) => setRange([from, to])}
      lowLabel={say(control.low, t)}
      highLabel={say(control.high, t)}
    />
  );
}

function Check({ filterKey, control }: ControlProps<'check'>) {
  const { t } = useTranslation();
  const [on, setOn] = useFilter<boolean>(filterKey);
  return (
    <label className="filter-option">
      <input type="checkbox" checked={on} onChange={(event) => setOn(event.target.checked)} />
      {say(control.label, t)}
    </label>
  );
}

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
