import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AxisRange } from '../../domain/filters';

interface Props {
  readonly legend: string;
  /** What 0 means on this axis (e.g. "members"), and what 1 means. */
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly range: AxisRange;
  readonly onChange: (from: number, to: number) => void;
}

const STEP = 0.05;

/** Two sliders bounding one of Figure 1's axes; each keeps to its side of the other. Memoised: other filters leave it as it is. */
export const RangeFilter = memo(function RangeFilter({ legend, lowLabel, highLabel, range, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [from, to] = range;
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  return (
    <fieldset className="range-filter">
      <legend>{legend}</legend>
      <div className="range-ends" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
      <label htmlFor={`${id}-from`} className="range-row">
        <span>{t('filters.rangeFrom')}</span>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={1}
          step={STEP}
          value={from}
          aria-valuetext={percent(from)}
          onChange={(event) => onChange(Math.min(Number(event.target.value), to), to)}
        />
      </label>
      <label htmlFor={`${id}-to`} className="range-row">
        <span>{t('filters.rangeTo')}</span>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={1}
          step={STEP}
          value={to}
          aria-valuetext={percent(to)}
          onChange={(event) => onChange(from, Math.max(Number(event.target.value), from))}
        />
      </label>
    </fieldset>
  );
});
