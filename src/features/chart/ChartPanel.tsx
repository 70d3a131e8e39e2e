import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_MARKS_THRESHOLD } from '../../domain/chart/bulkMarks';
import { chartModel, DOMAIN_FONT_SIZE, LABEL_FONT_SIZE } from '../../domain/chart/chartModel';
import { initiativeEmphasis } from '../../domain/emphasis';
import { useElementSize } from '../../ui/useElementSize';
import { useRoomBelow } from '../../ui/useRoomBelow';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useFontsReady } from '../../ui/useFontsReady';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { canvasMeasure, forgetMeasuredText } from '../../io/canvasMeasure';
import { CHART_FONT_FAMILY } from './canvasMeasure';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { Figure1Svg } from './Figure1Svg';
import { serializeSvg } from '../../io/export/svgMarkup';
import { useViewHandles, type ChartRenderRequest, type RenderedChart } from '../../io/export/viewHandles';
import type { Initiative } from '../../domain/schema';
import { whiteSpaceCells, type WhiteSpaceCell } from '../../domain/whiteSpace';

const LABEL_FONT = `${LABEL_FONT_SIZE}px ${CHART_FONT_FAMILY}`;
const DOMAIN_FONT = `600 ${DOMAIN_FONT_SIZE}px ${CHART_FONT_FAMILY}`;

/** Below the chart's frame inside its panel (padding, border), kept so the whole panel fits the first screen. */
const BOTTOM_ROOM = 22;

/**
 * A phone's figure is taller than wide and follows the width. On a larger
 * screen the figure takes the height left on the first screen (so both axes
 * and every mark show without scrolling on a 1366 × 768 laptop), no taller
 * than a little more than its width, and within 440–760 px.
 */
export function chartHeightFor(width: number, roomBelow: number): number {
  if (width < 520) return Math.round(Math.max(420, width * 1.25));
  return Math.round(Math.min(760, Math.max(440, Math.min(roomBelow - BOTTOM_ROOM, width * 1.15))));
}

export function ChartPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useDashboard((s) => s.language);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const visibility = useVisibility();
  const whiteSpaceOn = useDashboard((s) => s.whiteSpace);
  const setWhiteSpace = useDashboard((s) => s.setWhiteSpace);
  const frameRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(frameRef, { width: 640, height: 0 });
  const fontsReady = useFontsReady([LABEL_FONT, DOMAIN_FONT]);
  const [pointedId, setPointedId] = useState<string | null>(null);

  const { domains, initiatives } = index.dataset;
  const roomBelow = useRoomBelow(frameRef, 700);
  const height = chartHeightFor(width, roomBelow);
  const axisText = useMemo(
    () => ({ members: t('chart.axisMembers'), wider: t('chart.axisWider'), short: t('chart.axisShort'), long: t('chart.axisLong') }),
    [t],
  );
  const layout = useCallback(
    (items: readonly Initiative[], size: { width: number; height: number }) =>
      chartModel({
        initiatives: items,
        domains,
        width: size.width,
        height: size.height,
        language,
        measure: canvasMeasure(LABEL_FONT),
        measureDomain: canvasMeasure(DOMAIN_FONT),
        axisText,
      }),
    [domains, language, axisText],
  );
  // Layout depends only on data, size and language; filters and selection only restyle it.
  const model = useMemo(() => (fontsReady ? layout(initiatives, { width, height }) : null), [fontsReady, layout, initiatives, width, height]);
  // The widths measured for a dataset go with it (when another is drawn, or the chart goes).
  useEffect(() => forgetMeasuredText, [index]);

  const emphasisById = useMemo(
    () => new Map(initiatives.map((i) => [i.id, initiativeEmphasis(i, visibility, selection)])),
    [initiatives, visibility, selection],
  );
  // The grid counts what the filters keep: « grappes d'entreprises en Bretagne » shows where they do not act.
  const whiteSpace = useMemo(
    () => (whiteSpaceOn ? whiteSpaceCells(initiatives.filter((i) => visibility.initiativeIds.has(i.id))) : null),
    [whiteSpaceOn, initiatives, visibility],
  );
  const pointedMark = model?.marks.find((m) => m.id === pointedId) ?? null;
  const stage = useExportStage(frameRef);
  // Nothing can be hovered on a touch screen: the note says "tap" there.
  const touchOnly = useMediaQuery('(hover: none)');
  const selectedInitiative = selection?.kind === 'initiative' ? selection.id : null;
  const bulk = initiatives.length > BULK_MARKS_THRESHOLD;
  const onActivate = useCallback(
    (id: string) => select(selectedInitiative === id ? null : { kind: 'initiative', id }),
    [select, selectedInitiative],
  );

  return (
    <section className="panel chart-panel" aria-labelledby="chart-heading">
      <div className="chart-heading-row">
        <h2 id="chart-heading">{t('chart.heading')}</h2>
        <label className="chart-toggle">
          <input type="checkbox" checked={whiteSpaceOn} onChange={(event) => setWhiteSpace(event.target.checked)} />
          {t('chart.whiteSpaceToggle')}
        </label>
      </div>
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
            whiteSpace={whiteSpace}
          />
        )}
        {pointedMark && <ChartTooltip mark={pointedMark} chartWidth={width} />}
        {visibility.initiativeIds.size === 0 && visibility.clusterIds.size === 0 && <p className="chart-empty">{t('filters.empty')}</p>}
      </div>
      {stage.job && (
        <ExportStage
          job={stage.job}
          layout={layout}
          initiatives={stage.job.request.hideFiltered ? initiatives.filter((i) => visibility.initiativeIds.has(i.id)) : initiatives}
          emphasisById={emphasisById}
          selectedId={selectedInitiative}
          whiteSpace={whiteSpace}
          onDone={stage.done}
        />
      )}
      {bulk && (
        // Marks drawn in bulk are not elements of their own: the mark reached is announced here.
        <p className="visually-hidden" aria-live="polite" data-testid="chart-announcement">
          {pointedMark ? `${pointedMark.label}${pointedMark.id === selectedInitiative ? ` — ${t('chart.selected')}` : ''}` : ''}
        </p>
      )}
      {model && model.labels.hidden.length > 0 && (
        <p className="chart-note">{t(touchOnly ? 'chart.hiddenLabelsTouch' : 'chart.hiddenLabels', { count: model.labels.hidden.length })}</p>
      )}
      {whiteSpace && <p className="chart-note">{t('chart.whiteSpaceNote')}</p>}
      <ChartLegend />
    </section>
  );
}

interface StageJob {
  readonly request: ChartRenderRequest;
  readonly resolve: (chart: RenderedChart) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Registers Figure 1's export handle: as on screen (the drawn SVG as it is),
 * or laid out anew at the export's size, drawn off screen once and handed over.
 */
function useExportStage(frameRef: RefObject<HTMLDivElement | null>) {
  const handles = useViewHandles();
  const [job, setJob] = useState<StageJob | null>(null);
  useEffect(() => {
    const drawing = () => frameRef.current?.querySelector('svg') ?? null;
    handles.setChart({
      panel: () => frameRef.current?.closest('section') ?? null,
      screenBox: () => drawing()?.getBoundingClientRect() ?? null,
      render: (request) => {
        if (request === null) {
          const svg = drawing();
          if (!svg) return Promise.reject(new Error('Figure 1 is not drawn yet'));
          const { width, height } = svg.getBoundingClientRect();
          return Promise.resolve({ markup: serializeSvg(svg, width, height), width, height });
        }
        return new Promise<RenderedChart>((resolve, reject) => setJob({ request, resolve, reject }));
      },
    });
    return function unregisterChartExport() {
      handles.setChart(null);
    };
  }, [handles, frameRef]);
  const done = useCallback(() => setJob(null), []);
  return { job, done };
}

/** Figure 1 drawn once off screen for an export, serialised as soon as it is in the DOM. */
function ExportStage({
  job,
  layout,
  initiatives,
  emphasisById,
  selectedId,
  whiteSpace,
  onDone,
}: {
  job: StageJob;
  layout: (items: readonly Initiative[], size: { width: number; height: number }) => ReturnType<typeof chartModel>;
  initiatives: readonly Initiative[];
  emphasisById: ReadonlyMap<string, ReturnType<typeof initiativeEmphasis>>;
  selectedId: string | null;
  whiteSpace: readonly WhiteSpaceCell[] | null;
  onDone: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = job.request;
  const model = useMemo(() => layout(initiatives, { width, height }), [layout, initiatives, width, height]);
  useLayoutEffect(() => {
    // Settled either way, so an export never waits for a drawing that did not come.
    const svg = ref.current?.querySelector('svg');
    if (svg) job.resolve({ markup: serializeSvg(svg, width, height), width, height });
    else job.reject(new Error('Figure 1 could not be drawn for the export'));
    onDone();
  }, [job, width, height, onDone]);
  return (
    <div ref={ref} className="export-stage" aria-hidden="true" inert>
      <Figure1Svg model={model} emphasisById={emphasisById} selectedId={selectedId} pointedId={null} onPoint={noop} onActivate={noop} forExport whiteSpace={whiteSpace} />
    </div>
  );
}

const noop = () => {};
