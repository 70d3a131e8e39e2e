import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_MARKS_THRESHOLD } from '../../domain/chart/bulkMarks';
import { chartModel, DOMAIN_FONT_SIZE, LABEL_FONT_SIZE } from '../../domain/chart/chartModel';
import { initiativeEmphasis } from '../../domain/emphasis';
import { useElementSize } from '../../ui/useElementSize';
import { useFontsReady } from '../../ui/useFontsReady';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { canvasMeasure } from '../../ui/canvasMeasure';
import { CHART_FONT_FAMILY } from './canvasMeasure';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { Figure1Svg } from './Figure1Svg';

const LABEL_FONT = `${LABEL_FONT_SIZE}px ${CHART_FONT_FAMILY}`;
const DOMAIN_FONT = `600 ${DOMAIN_FONT_SIZE}px ${CHART_FONT_FAMILY}`;

/** Height follows width: a near-square figure on desktop, taller than wide on a phone. */
export function chartHeightFor(width: number): number {
  if (width < 520) return Math.round(Math.max(420, width * 1.25));
  return Math.round(Math.min(760, Math.max(540, width)));
}

export function ChartPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const visibility = useVisibility();
  const frameRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(frameRef, { width: 640, height: 0 });
  const fontsReady = useFontsReady([LABEL_FONT, DOMAIN_FONT]);
  const [pointedId, setPointedId] = useState<string | null>(null);

  const { domains, initiatives } = index.dataset;
  const height = chartHeightFor(width);
  const axisText = useMemo(
    () => ({ members: t('chart.axisMembers'), wider: t('chart.axisWider'), short: t('chart.axisShort'), long: t('chart.axisLong') }),
    [t],
  );
  // Layout depends only on data, size and language; filters and selection only restyle it.
  const model = useMemo(
    () =>
      fontsReady
        ? chartModel({
            initiatives,
            domains,
            width,
            height,
            language,
            measure: canvasMeasure(LABEL_FONT),
            measureDomain: canvasMeasure(DOMAIN_FONT),
            axisText,
          })
        : null,
    [fontsReady, initiatives, domains, width, height, language, axisText],
  );

  const emphasisById = useMemo(
    () => new Map(initiatives.map((i) => [i.id, initiativeEmphasis(i, visibility, selection)])),
    [initiatives, visibility, selection],
  );
  const pointedMark = model?.marks.find((m) => m.id === pointedId) ?? null;
  const selectedInitiative = selection?.kind === 'initiative' ? selection.id : null;
  const bulk = initiatives.length > BULK_MARKS_THRESHOLD;
  const onActivate = useCallback(
    (id: string) => select(selectedInitiative === id ? null : { kind: 'initiative', id }),
    [select, selectedInitiative],
  );

  return (
    <section className="panel chart-panel" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <p id="chart-description" className="visually-hidden">
        {t('chart.description')}
      </p>
      <div className="chart-frame" ref={frameRef} style={{ height }}>
        {model && (
          <Figure1Svg
            model={model}
            emphasisById={emphasisById}
            selectedId={selectedInitiative}
            pointedId={pointedId}
            onPoint={setPointedId}
            onActivate={onActivate}
          />
        )}
        {pointedMark && <ChartTooltip mark={pointedMark} chartWidth={width} />}
      </div>
      {bulk && (
        // Marks drawn in bulk are not elements of their own: the mark reached is announced here.
        <p className="visually-hidden" aria-live="polite" data-testid="chart-announcement">
          {pointedMark ? `${pointedMark.label}${pointedMark.id === selectedInitiative ? ` — ${t('chart.selected')}` : ''}` : ''}
        </p>
      )}
      {model && model.labels.hidden.length > 0 && (
        <p className="chart-note">{t('chart.hiddenLabels', { count: model.labels.hidden.length })}</p>
      )}
      <ChartLegend />
    </section>
  );
}
