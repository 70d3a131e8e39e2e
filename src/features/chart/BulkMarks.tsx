import { Delaunay } from 'd3';
import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkMarkLayers, markPaths } from '../../domain/chart/bulkMarks';
import type { ChartMark, ChartModel } from '../../domain/chart/chartModel';
import type { Emphasis } from '../../domain/emphasis';
import { markKeyAction } from './markKeys';
import { INK, MARK_OPACITY } from './markStyle';

const FOCUS = '#0b57d0';

interface Props {
  readonly model: ChartModel;
  readonly emphasisById: ReadonlyMap<string, Emphasis>;
  readonly selectedId: string | null;
  /** Marks in keyboard order. */
  readonly keyboardOrder: readonly ChartMark[];
  readonly accessibleNames: ReadonlyMap<string, string>;
  readonly pointedId: string | null;
  readonly onPoint: (id: string | null) => void;
  readonly onActivate: (id: string) => void;
}

/**
 * Figure 1's marks for a large dataset (see BULK_MARKS_THRESHOLD): a few
 * paths drawn in bulk, and one transparent surface that finds the nearest
 * mark under the pointer (Delaunay) and walks the marks with the arrow keys,
 * announcing each one, so pointer and keyboard users keep every mark.
 */
export function BulkMarks({ model, emphasisById, selectedId, keyboardOrder, accessibleNames, pointedId, onPoint, onActivate }: Props) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const delaunay = useMemo(() => Delaunay.from(model.marks, (m) => m.x, (m) => m.y), [model.marks]);
  const paths = useMemo(() => markPaths(model.marks), [model.marks]);
  const layers = useMemo(() => bulkMarkLayers(model.marks, paths, (mark) => emphasisById.get(mark.id) ?? 'normal'), [model.marks, paths, emphasisById]);
  const markById = useMemo(() => new Map(model.marks.map((m) => [m.id, m])), [model.marks]);
  const active = activeId !== null ? (markById.get(activeId) ?? null) : null;
  const selected = selectedId !== null ? (markById.get(selectedId) ?? null) : null;

  const nearest = (event: PointerEvent<SVGRectElement>): ChartMark | null => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return null;
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const mark = model.marks[delaunay.find(x, y)];
    return mark && Math.hypot(mark.x - x, mark.y - y) <= Math.max(mark.r + 4, 11) ? mark : null;
  };

  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const action = markKeyAction(event.key, active ? keyboardOrder.indexOf(active) : -1, keyboardOrder.length);
    if (!action) return;
    if (action.kind === 'leave') {
      onPoint(null);
      return;
    }
    event.preventDefault();
    if (action.kind === 'activate') {
      if (active) onActivate(active.id);
      return;
    }
    const target = keyboardOrder[action.to];
    if (!target) return;
    setActiveId(target.id);
    onPoint(target.id);
  };

  return (
    <g className="marks-bulk" data-mark-count={model.marks.length}>
      <BulkLayers layers={layers} />
      {selected && <circle cx={selected.x} cy={selected.y} r={selected.r + 4} fill="none" stroke={INK} strokeWidth={2} strokeDasharray="3 2" />}
      {focused && active && <circle cx={active.x} cy={active.y} r={active.r + 6} fill="none" stroke={FOCUS} strokeWidth={3} />}
      <rect
        className="marks-surface"
        x={model.plot.x}
        y={model.plot.y}
        width={model.plot.width}
        height={model.plot.height}
        fill="transparent"
        tabIndex={0}
        // Arrow keys move between marks: screen readers pass keys through to an application.
        role="application"
        aria-roledescription={t('chart.bulkRole')}
        aria-label={active ? (accessibleNames.get(active.id) ?? active.label) : t('chart.bulkLabel', { count: model.marks.length })}
        aria-describedby={pointedId ? 'chart-tooltip' : 'chart-description'}
        style={{ cursor: pointedId ? 'pointer' : 'default' }}
        onPointerMove={(event) => onPoint(nearest(event)?.id ?? null)}
        onPointerLeave={() => onPoint(null)}
        onClick={(event) => {
          const mark = nearest(event as unknown as PointerEvent<SVGRectElement>);
          if (mark) onActivate(mark.id);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          onPoint(null);
        }}
      />
    </g>
  );
}

/** The paths only change when emphasis does. */
const BulkLayers = memo(function BulkLayers({ layers }: { layers: ReturnType<typeof bulkMarkLayers> }) {
  return (
    <g aria-hidden="true">
      {layers.map((layer) => (
        <g key={layer.key} opacity={MARK_OPACITY[layer.emphasis]} data-emphasis={layer.emphasis} data-count={layer.count}>
          {layer.rings && <path d={layer.rings} fill="#ffffff" stroke={INK} strokeWidth={1.6} />}
          <path d={layer.symbols} fill={layer.color} stroke="#ffffff" strokeWidth={1} />
        </g>
      ))}
    </g>
  );
});
