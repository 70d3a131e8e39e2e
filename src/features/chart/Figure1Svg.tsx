import { dataText } from '../../domain/language';
import { memo, Suspense, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOMAIN_FONT_SIZE,
  LABEL_FONT_SIZE,
  type AxisCaption,
  type ChartMark,
  type ChartModel,
  type DomainRegion,
} from '../../domain/chart/chartModel';
import { BULK_MARKS_THRESHOLD } from '../../domain/chart/bulkMarks';
import { LoadBoundary } from '../../ui/LoadBoundary';
import type { PlacedLabel } from '../../domain/chart/placeLabels';
import type { Box } from '../../domain/chart/geometry';
import type { Emphasis } from '../../domain/emphasis';
import { overlapWith, placeCellCount, type WhiteSpaceCell } from '../../domain/whiteSpace';
import { canvasMeasure } from '../../io/canvasMeasure';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { CHART_FONT_FAMILY } from './canvasMeasure';
import { markKeyAction } from './markKeys';
import { INK, MARK_OPACITY } from './markStyle';
import { preloadableLazy, usePreloadWhenIdle } from '../../ui/preloadableLazy';

/** Only large datasets draw marks in bulk: loaded on demand, it stays out of the first download. */
const BULK_MARKS = preloadableLazy(() => import('./BulkMarks').then((m) => m.BulkMarks));
const BulkMarks = BULK_MARKS.Component;

const LABEL_OPACITY: Record<Emphasis, number> = { highlighted: 1, normal: 1, dimmed: 0.55, faded: 0.25 };
const AXIS_INK = '#3d4650';

interface Props {
  readonly model: ChartModel;
  readonly emphasisById: ReadonlyMap<string, Emphasis>;
  readonly selectedId: string | null;
  /** The mark the tooltip describes, if any. */
  readonly pointedId: string | null;
  /** The mark under the pointer or keyboard focus (null when none). */
  readonly onPoint: (id: string | null) => void;
  readonly onActivate: (id: string) => void;
  /** A drawing for an export, off screen: no test id, no ties to the page's headings. */
  readonly forExport?: boolean;
  /** The study's grid of categories, each cell with its visible initiatives (null: not drawn). */
  readonly whiteSpace?: readonly WhiteSpaceCell[] | null;
}

/**
 * Draws a laid-out Figure 1. Every style is a presentation attribute, so the
 * exported SVG looks the same without the page's CSS. Regions, labels and
 * marks are memoised pieces: a filter change re-renders only those whose
 * emphasis changed.
 */
export function Figure1Svg({ model, emphasisById, selectedId, pointedId, onPoint, onActivate, forExport = false, whiteSpace = null }: Props) {
  // A network imported later (a file, a link) then draws its marks in the frame its data arrives in.
  usePreloadWhenIdle(BULK_MARKS.preload);
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const markRefs = useRef(new Map<string, SVGGElement>());

  // Keyboard order: by domain, then from long term to short term, then from members to wider public.
  const keyboardOrder = useMemo(() => {
    const order = (domainId: string) => index.domainById.get(domainId)?.order ?? 99;
    return [...model.marks].sort((a, b) => order(a.domainId) - order(b.domainId) || a.y - b.y || a.x - b.x);
  }, [model.marks, index]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const rovingId = activeId && keyboardOrder.some((m) => m.id === activeId) ? activeId : keyboardOrder[0]?.id;

  // Accessible names change with the language, not with filters.
  const accessibleNames = useMemo(
    () =>
      new Map(
        model.marks.map((mark) => {
          const domain = index.domainById.get(mark.domainId);
          const name = t('chart.markLabel', { label: mark.label, domain: dataText(domain?.label, language) ?? mark.domainId });
          return [mark.id, mark.caseStudy !== null ? `${name} (${t('chart.markCaseStudy', { number: mark.caseStudy })})` : name];
        }),
      ),
    [model.marks, index, t, language],
  );

  const registerMark = useCallback((id: string, node: SVGGElement | null) => {
    if (node) markRefs.current.set(id, node);
    else markRefs.current.delete(id);
  }, []);

  const onFocusMark = useCallback(
    (id: string) => {
      setActiveId(id);
      onPoint(id);
    },
    [onPoint],
  );

  const onKeyDownMark = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      const action = markKeyAction(event.key, keyboardOrder.findIndex((m) => m.id === id), keyboardOrder.length);
      if (!action) return;
      if (action.kind === 'leave') {
        onPoint(null);
        return;
      }
      event.preventDefault();
      if (action.kind === 'activate') {
        onActivate(id);
        return;
      }
      const target = keyboardOrder[action.to];
      if (!target) return;
      setActiveId(target.id);
      markRefs.current.get(target.id)?.focus();
    },
    [keyboardOrder, onActivate, onPoint],
  );

  // A domain's region pales with its last visible initiative.
  const liveDomains = new Set(model.marks.filter((m) => emphasisById.get(m.id) !== 'faded').map((m) => m.domainId));

  return (
    <svg
      className="figure1"
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      role={forExport ? undefined : 'group'}
      aria-labelledby={forExport ? undefined : 'chart-heading'}
      aria-describedby={forExport ? undefined : 'chart-description'}
      fontFamily={CHART_FONT_FAMILY}
      data-testid={forExport ? undefined : 'figure1'}
    >
      <StaticLayer model={model} />
      {whiteSpace && <WhiteSpaceGrid model={model} cells={whiteSpace} focusable={!forExport} />}
      <g className="regions" aria-hidden="true">
        {model.regions.map((region) => (
          <RegionView key={region.id} region={region} live={liveDomains.has(region.id)} />
        ))}
      </g>
      <g className="labels" aria-hidden="true">
        {model.labels.placed.map((label) => (
          <LabelView
            key={label.id}
            label={label}
            lineHeight={model.labelStyle.lineHeight}
            emphasis={emphasisById.get(label.id) ?? 'normal'}
            bold={selectedId !== null && emphasisById.get(label.id) === 'highlighted'}
          />
        ))}
      </g>
      {model.marks.length > BULK_MARKS_THRESHOLD ? (
        <LoadBoundary
          fallback={
            <text x={model.plot.x + model.plot.width / 2} y={model.plot.y + model.plot.height / 2} textAnchor="middle" fontSize={13} fill={INK} role="alert">
              {t('app.partFailed')}
            </text>
          }
        >
          <Suspense fallback={null}>
            <BulkMarks
              model={model}
              emphasisById={emphasisById}
              selectedId={selectedId}
              keyboardOrder={keyboardOrder}
              accessibleNames={accessibleNames}
              pointedId={pointedId}
              onPoint={onPoint}
              onActivate={onActivate}
            />
          </Suspense>
        </LoadBoundary>
      ) : (
        <g className="marks">
          {model.marks.map((mark) => (
            <MarkView
              key={mark.id}
              mark={mark}
              emphasis={emphasisById.get(mark.id) ?? 'normal'}
              selected={selectedId === mark.id}
              focusable={mark.id === rovingId}
              name={accessibleNames.get(mark.id) ?? mark.label}
              describedBy={pointedId === mark.id ? 'chart-tooltip' : undefined}
              register={registerMark}
              onActivate={onActivate}
              onFocusMark={onFocusMark}
              onPoint={onPoint}
              onKeyDownMark={onKeyDownMark}
            />
          ))}
        </g>
      )}
    </svg>
  );
}

function Caption({ caption, rotated }: { caption: AxisCaption; rotated: boolean }) {
  const lineHeight = LABEL_FONT_SIZE + 2;
  const x = rotated ? -caption.x : caption.x;
  return (
    <text x={x} y={caption.y} transform={rotated ? 'rotate(-90)' : undefined} textAnchor={caption.anchor} fontSize={LABEL_FONT_SIZE} fill={AXIS_INK}>
      {caption.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Background, arrow marker and axes: they change only with the layout. */
const StaticLayer = memo(function StaticLayer({ model }: { model: ChartModel }) {
  const { axes } = model;
  return (
    <>
      <defs>
        <marker id="axis-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10z" fill={AXIS_INK} />
        </marker>
      </defs>
      <rect x={0} y={0} width={model.width} height={model.height} fill="#ffffff" />
      <g className="axes" aria-hidden="true">
        <line x1={axes.x.x1} y1={axes.x.y} x2={axes.x.x2} y2={axes.x.y} stroke={AXIS_INK} strokeWidth={1.2} markerEnd="url(#axis-arrow)" />
        <line x1={axes.y.x} y1={axes.y.y1} x2={axes.y.x} y2={axes.y.y2} stroke={AXIS_INK} strokeWidth={1.2} markerEnd="url(#axis-arrow)" />
        <Caption caption={axes.x.start} rotated={false} />
        <Caption caption={axes.x.end} rotated={false} />
        <Caption caption={axes.y.start} rotated />
        <Caption caption={axes.y.end} rotated />
      </g>
    </>
  );
});

const GRID_INK = '#1f4e79';
const COUNT_FONT_SIZE = 11;
const COUNT_FONT = `600 ${COUNT_FONT_SIZE}px ${CHART_FONT_FAMILY}`;
const CELL_COLUMN = { members: 0, mixed: 1, wider: 2 } as const;
const CELL_ROW = { long: 0, medium: 1, short: 2 } as const;

/** A cell of the study's grid on Figure 1: between the thirds of its audience and of its horizon. */
function cellBox(model: ChartModel, cell: WhiteSpaceCell): Box {
  const [x0, x1] = [model.thirds.x[CELL_COLUMN[cell.audience]], model.thirds.x[CELL_COLUMN[cell.audience] + 1] ?? model.width];
  const [y0, y1] = [model.thirds.y[CELL_ROW[cell.horizon]], model.thirds.y[CELL_ROW[cell.horizon] + 1] ?? model.height];
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The study's grid under Figure 1: nine cells (audience × horizon categories),
 * each shaded by how many visible initiatives fall in it and hatched when none
 * does — where nobody acts. A cell names its initiatives on hover (its title)
 * and, on screen, to the keyboard and screen readers.
 */
function WhiteSpaceGrid({ model, cells, focusable }: { model: ChartModel; cells: readonly WhiteSpaceCell[]; focusable: boolean }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const most = Math.max(1, ...cells.map((cell) => cell.initiatives.length));
  // What a count must not be written over: the labels, the marks and the domains' names (indexed once per layout).
  const overlapOf = useMemo(
    () =>
      overlapWith([
        ...model.labels.placed.map((label) => label.box),
        ...model.marks.map((mark) => ({ x: mark.x - mark.r, y: mark.y - mark.r, width: 2 * mark.r, height: 2 * mark.r })),
        ...model.regions.flatMap((region) => (region.label ? [region.label.box] : [])),
      ]),
    [model],
  );
  // Where each cell writes its count: worked out when the layout or the counts change, not at every hover.
  const countPlaces = useMemo(() => {
    const measureCount = canvasMeasure(COUNT_FONT);
    return cells.map((cell) => {
      const box = cellBox(model, cell);
      const shown = cell.initiatives.length === 0 ? t('chart.whiteSpaceNone') : String(cell.initiatives.length);
      return { box, shown, at: placeCellCount(box, { width: Math.ceil(measureCount(shown)), height: COUNT_FONT_SIZE * 1.2 }, overlapOf) };
    });
  }, [cells, model, overlapOf, t]);
  return (
    <g className="white-space" data-testid={focusable ? 'white-space' : undefined}>
      <defs>
        <pattern id="white-space-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="7" stroke="#8a939c" strokeWidth="1" strokeOpacity="0.45" />
        </pattern>
      </defs>
      {cells.map((cell, i) => {
        const { box, shown, at } = countPlaces[i]!;
        const count = cell.initiatives.length;
        const place = `${t(`detail.audience_${cell.audience}`)} · ${t(`detail.horizon_${cell.horizon}`)}`;
        const names = cell.initiatives.map((i) => dataText(i.label, language)).join(' ; ');
        const description = count === 0 ? t('chart.whiteSpaceEmpty', { place }) : t('chart.whiteSpaceCell', { place, count, names });
        return (
          <g
            key={`${cell.audience}-${cell.horizon}`}
            data-cell={`${cell.audience}-${cell.horizon}`}
            data-count={count}
            {...(focusable ? { tabIndex: 0, role: 'img', 'aria-label': description } : {})}
          >
            <title>{description}</title>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} fill={count === 0 ? 'url(#white-space-hatch)' : GRID_INK} fillOpacity={count === 0 ? 1 : 0.05 + (0.2 * count) / most} stroke={GRID_INK} strokeOpacity={0.35} strokeDasharray="3 3" />
            <text x={at.x} y={at.y} textAnchor={at.anchor} fontSize={COUNT_FONT_SIZE} fontWeight={600} fill={GRID_INK}>
              {shown}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/*
 * Emphasis is drawn with fill-opacity and stroke-opacity, never `opacity`: Chromium lays an SVG <text> out again
 * when its opacity (or a group's around it) changes, which cost each filter change a layout of the labels.
 */

const RegionView = memo(function RegionView({ region, live }: { region: DomainRegion; live: boolean }) {
  const strength = live ? 1 : 0.3;
  return (
    <g className="region" data-domain={region.id}>
      {/* A light tint and a firm outline: where regions overlap, each edge stays readable (tints would add up to mud). */}
      <path d={region.path} fill={region.color} fillOpacity={0.06 * strength} stroke={region.color} strokeOpacity={0.85 * strength} strokeWidth={1.4} />
      {region.label && (
        <text
          x={region.label.box.x + region.label.box.width / 2}
          y={region.label.box.y + region.label.box.height - 3}
          textAnchor="middle"
          fontSize={DOMAIN_FONT_SIZE}
          fontWeight={600}
          fill={region.color}
          fillOpacity={strength}
        >
          {region.label.text}
        </text>
      )}
    </g>
  );
});

/** A label and, when it sits away from its mark, the leader line to it. */
const LabelView = memo(function LabelView({
  label,
  lineHeight,
  emphasis,
  bold,
}: {
  label: PlacedLabel;
  lineHeight: number;
  emphasis: Emphasis;
  bold: boolean;
}) {
  const { box, anchor } = label;
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  const opacity = LABEL_OPACITY[emphasis];
  return (
    <>
      {label.leader && (
        <line x1={label.leader.x1} y1={label.leader.y1} x2={label.leader.x2} y2={label.leader.y2} stroke="#8a939c" strokeWidth={0.8} strokeOpacity={opacity} />
      )}
      <text
        data-label-for={label.id}
        x={x}
        y={box.y + lineHeight - 3}
        textAnchor={anchor}
        fontSize={LABEL_FONT_SIZE}
        fontWeight={bold ? 600 : 400}
        fill={INK}
        fillOpacity={opacity}
      >
        {label.lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
});

interface MarkViewProps {
  readonly mark: ChartMark;
  readonly emphasis: Emphasis;
  readonly selected: boolean;
  /** The one mark in the tab order (roving tabindex). */
  readonly focusable: boolean;
  readonly name: string;
  readonly describedBy: string | undefined;
  readonly register: (id: string, node: SVGGElement | null) => void;
  readonly onActivate: (id: string) => void;
  readonly onFocusMark: (id: string) => void;
  readonly onPoint: (id: string | null) => void;
  readonly onKeyDownMark: (event: KeyboardEvent<SVGGElement>, id: string) => void;
}

const MarkView = memo(function MarkView({
  mark,
  emphasis,
  selected,
  focusable,
  name,
  describedBy,
  register,
  onActivate,
  onFocusMark,
  onPoint,
  onKeyDownMark,
}: MarkViewProps) {
  const { id } = mark;
  return (
    <g
      ref={(node) => register(id, node)}
      className="mark"
      data-initiative-id={id}
      data-emphasis={emphasis}
      transform={`translate(${mark.x},${mark.y})`}
      role="button"
      tabIndex={focusable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      aria-describedby={describedBy}
      opacity={MARK_OPACITY[emphasis]}
      onClick={() => onActivate(id)}
      onKeyDown={(event) => onKeyDownMark(event, id)}
      onFocus={() => onFocusMark(id)}
      onBlur={() => onPoint(null)}
      onPointerEnter={() => onPoint(id)}
      onPointerLeave={() => onPoint(null)}
    >
      {/* A larger transparent disc makes small marks easy to hit. */}
      <circle r={Math.max(mark.r + 4, 11)} fill="transparent" />
      {mark.caseStudy !== null && <circle r={mark.r} fill="#ffffff" stroke={INK} strokeWidth={1.6} />}
      <path d={mark.symbolPath} fill={mark.color} stroke="#ffffff" strokeWidth={1} />
      {selected && <circle r={mark.r + 4} fill="none" stroke={INK} strokeWidth={2} strokeDasharray="3 2" />}
    </g>
  );
});
