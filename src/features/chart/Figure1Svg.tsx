import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_FONT_SIZE, DOMAIN_FONT_SIZE, type AxisCaption, type ChartModel } from '../../domain/chart/chartModel';
import type { Emphasis } from '../../domain/emphasis';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { CHART_FONT_FAMILY } from './canvasMeasure';

const MARK_OPACITY: Record<Emphasis, number> = { highlighted: 1, normal: 1, dimmed: 0.45, faded: 0.15 };
const LABEL_OPACITY: Record<Emphasis, number> = { highlighted: 1, normal: 1, dimmed: 0.55, faded: 0.25 };
const INK = '#1b1f24';

interface Props {
  readonly model: ChartModel;
  readonly emphasisById: ReadonlyMap<string, Emphasis>;
  readonly selectedId: string | null;
  readonly describedBy: string | undefined;
  /** The mark under the pointer or keyboard focus (null when none). */
  readonly onPoint: (id: string | null) => void;
  readonly onActivate: (id: string) => void;
}

function Caption({ caption, rotated }: { caption: AxisCaption; rotated: boolean }) {
  const lineHeight = LABEL_FONT_SIZE + 2;
  return (
    <text
      x={rotated ? -caption.x : caption.x}
      y={caption.y}
      transform={rotated ? 'rotate(-90)' : undefined}
      textAnchor={caption.anchor}
      fontSize={LABEL_FONT_SIZE}
      fill="#3d4650"
    >
      {caption.lines.map((line, i) => (
        <tspan key={i} x={rotated ? -caption.x : caption.x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Draws a laid-out Figure 1. Every style is a presentation attribute, so the
 * exported SVG looks the same without the page's CSS.
 */
export function Figure1Svg({ model, emphasisById, selectedId, describedBy, onPoint, onActivate }: Props) {
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

  const moveFocus = (event: KeyboardEvent<SVGGElement>, id: string) => {
    const position = keyboardOrder.findIndex((m) => m.id === id);
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | null = null;
    if (event.key in step) next = (position + (step[event.key] ?? 0) + keyboardOrder.length) % keyboardOrder.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = keyboardOrder.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
      return;
    } else if (event.key === 'Escape') {
      onPoint(null);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const target = keyboardOrder[next];
    if (!target) return;
    setActiveId(target.id);
    markRefs.current.get(target.id)?.focus();
  };

  // A domain's region pales with its last visible initiative.
  const liveDomains = new Set(model.marks.filter((m) => emphasisById.get(m.id) !== 'faded').map((m) => m.domainId));
  const lineHeight = model.labelStyle.lineHeight;

  return (
    <svg
      className="figure1"
      width={model.width}
      height={model.height}
      viewBox={`0 0 ${model.width} ${model.height}`}
      role="group"
      aria-labelledby="chart-heading"
      aria-describedby="chart-description"
      fontFamily={CHART_FONT_FAMILY}
      data-testid="figure1"
    >
      <defs>
        <marker id="axis-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10z" fill="#3d4650" />
        </marker>
      </defs>
      <rect x={0} y={0} width={model.width} height={model.height} fill="#ffffff" />

      <g className="regions" aria-hidden="true">
        {model.regions.map((region) => {
          return (
            <g key={region.id} opacity={liveDomains.has(region.id) ? 1 : 0.3} className="region" data-domain={region.id}>
              <path d={region.path} fill={region.color} fillOpacity={0.1} stroke={region.color} strokeOpacity={0.6} strokeWidth={1} />
              {region.label && (
                <text
                  x={region.label.box.x + region.label.box.width / 2}
                  y={region.label.box.y + region.label.box.height - 3}
                  textAnchor="middle"
                  fontSize={DOMAIN_FONT_SIZE}
                  fontWeight={600}
                  fill={region.color}
                >
                  {region.label.text}
                </text>
              )}
            </g>
          );
        })}
      </g>

      <g className="axes" aria-hidden="true">
        <line x1={model.axes.x.x1} y1={model.axes.x.y} x2={model.axes.x.x2} y2={model.axes.x.y} stroke="#3d4650" strokeWidth={1.2} markerEnd="url(#axis-arrow)" />
        <line x1={model.axes.y.x} y1={model.axes.y.y1} x2={model.axes.y.x} y2={model.axes.y.y2} stroke="#3d4650" strokeWidth={1.2} markerEnd="url(#axis-arrow)" />
        <Caption caption={model.axes.x.start} rotated={false} />
        <Caption caption={model.axes.x.end} rotated={false} />
        <Caption caption={model.axes.y.start} rotated />
        <Caption caption={model.axes.y.end} rotated />
      </g>

      <g className="leaders" aria-hidden="true">
        {model.labels.placed.map((label) =>
          label.leader ? (
            <line
              key={label.id}
              x1={label.leader.x1}
              y1={label.leader.y1}
              x2={label.leader.x2}
              y2={label.leader.y2}
              stroke="#8a939c"
              strokeWidth={0.8}
              opacity={LABEL_OPACITY[emphasisById.get(label.id) ?? 'normal']}
            />
          ) : null,
        )}
      </g>

      <g className="labels" aria-hidden="true">
        {model.labels.placed.map((label) => {
          const emphasis = emphasisById.get(label.id) ?? 'normal';
          const x = label.anchor === 'start' ? label.box.x : label.anchor === 'end' ? label.box.x + label.box.width : label.box.x + label.box.width / 2;
          return (
            <text
              key={label.id}
              data-label-for={label.id}
              x={x}
              y={label.box.y + lineHeight - 3}
              textAnchor={label.anchor}
              fontSize={LABEL_FONT_SIZE}
              fontWeight={emphasis === 'highlighted' && selectedId !== null ? 600 : 400}
              fill={INK}
              opacity={LABEL_OPACITY[emphasis]}
            >
              {label.lines.map((line, i) => (
                <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>

      <g className="marks">
        {model.marks.map((mark) => {
          const emphasis = emphasisById.get(mark.id) ?? 'normal';
          const domain = index.domainById.get(mark.domainId);
          const name = t('chart.markLabel', { label: mark.label, domain: domain?.label[language] ?? mark.domainId });
          const full = mark.caseStudy !== null ? `${name} (${t('chart.markCaseStudy', { number: mark.caseStudy })})` : name;
          const selected = selectedId === mark.id;
          return (
            <g
              key={mark.id}
              ref={(node) => {
                if (node) markRefs.current.set(mark.id, node);
                else markRefs.current.delete(mark.id);
              }}
              className="mark"
              data-initiative-id={mark.id}
              data-emphasis={emphasis}
              transform={`translate(${mark.x},${mark.y})`}
              role="button"
              tabIndex={mark.id === rovingId ? 0 : -1}
              aria-label={full}
              aria-pressed={selected}
              aria-describedby={describedBy}
              opacity={MARK_OPACITY[emphasis]}
              onClick={() => onActivate(mark.id)}
              onKeyDown={(event) => moveFocus(event, mark.id)}
              onFocus={() => {
                setActiveId(mark.id);
                onPoint(mark.id);
              }}
              onBlur={() => onPoint(null)}
              onPointerEnter={() => onPoint(mark.id)}
              onPointerLeave={() => onPoint(null)}
            >
              {/* A larger transparent disc makes small marks easy to hit. */}
              <circle r={Math.max(mark.r + 4, 11)} fill="transparent" />
              {mark.caseStudy !== null && <circle r={mark.r} fill="#ffffff" stroke={INK} strokeWidth={1.6} />}
              <path d={mark.symbolPath} fill={mark.color} stroke="#ffffff" strokeWidth={1} />
              {selected && <circle r={mark.r + 4} fill="none" stroke={INK} strokeWidth={2} strokeDasharray="3 2" />}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
