import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftPeriod } from '../../../domain/roadmaps/period.js';
import type { Period, Roadmap, RoadmapItem } from '../../../domain/roadmaps/types.js';
import { chartGeometry, CHART_PX } from '../../../shared/roadmaps/chart-geometry.js';
import { fit } from '../../../shared/roadmaps/chart-svg.js';
import { statusColours } from '../../../shared/roadmaps/labels.js';
import { usePeriodText, useText } from './roadmap-labels.js';

type Drag = { itemId: string; startX: number; startY: number; dx: number; dy: number };

export type MoveRequest = { itemId: string; period: Period; layerCode?: string };

/**
 * The layered chart drawn from the shared geometry (the same the server exports): lanes, a time
 * axis, items as bars, links as arrows. Editors drag a bar along the axis or into another lane;
 * a focused bar moves a year with ← and →, and Enter opens it.
 */
export function RoadmapChart({
  roadmap,
  editable,
  selectedId,
  onSelect,
  onMove,
}: {
  roadmap: Roadmap;
  editable: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (move: MoveRequest) => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const periodText = usePeriodText();
  const g = chartGeometry(roadmap);
  const [drag, setDrag] = useState<Drag | null>(null);
  const moved = useRef(false);
  const items = new Map(roadmap.items.map((item) => [item.id, item]));

  const laneAt = (y: number) => g.lanes.find((lane) => y >= lane.y && y < lane.y + lane.height)?.layerCode;

  const finish = (item: RoadmapItem, bar: (typeof g.bars)[number], d: Drag) => {
    const quarters = Math.round(g.quartersOf(d.dx));
    const lane = laneAt(bar.y + bar.height / 2 + d.dy);
    const layerCode = lane && lane !== item.layerCode ? lane : undefined;
    if (quarters === 0 && !layerCode) return;
    onMove({ itemId: item.id, period: shiftPeriod(item.period, quarters), layerCode });
  };

  const pointerDown = (event: PointerEvent<SVGGElement>, itemId: string) => {
    if (!editable || event.button !== 0) return;
    // No text selection while dragging; the chart follows the pointer until it is released.
    event.preventDefault();
    moved.current = false;
    setDrag({ itemId, startX: event.clientX, startY: event.clientY, dx: 0, dy: 0 });
    try {
      event.currentTarget.ownerSVGElement?.setPointerCapture(event.pointerId);
    } catch {
      // Without capture the chart still follows the pointer while it stays over the chart.
    }
  };
  const pointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (Math.abs(dx) + Math.abs(dy) > 4) moved.current = true;
    setDrag({ ...drag, dx, dy });
  };
  const pointerUp = () => {
    const item = drag && items.get(drag.itemId);
    const bar = drag && g.bars.find((b) => b.itemId === drag.itemId);
    if (drag && item && bar && moved.current) finish(item, bar, drag);
    // A press without a move is a click (the captured pointer's click lands on the chart, not the bar).
    else if (drag) onSelect(drag.itemId);
    setDrag(null);
  };
  const keyDown = (event: KeyboardEvent<SVGGElement>, item: RoadmapItem) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(item.id);
    } else if (editable && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      onMove({ itemId: item.id, period: shiftPeriod(item.period, event.key === 'ArrowLeft' ? -4 : 4) });
    }
  };

  return (
    <div className="roadmap-chart" style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}>
      <svg
        width={g.width}
        height={g.height}
        viewBox={`0 0 ${g.width} ${g.height}`}
        role="group"
        aria-label={t('roadmaps.chart.label', { title: text(roadmap.title) })}
        style={{ display: 'block', fontFamily: 'inherit', fontSize: 14, touchAction: drag ? 'none' : 'pan-x pan-y', userSelect: 'none' }}
        onPointerMove={pointerMove}
        onPointerUp={pointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <defs>
          <marker id="roadmap-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#343a40" />
          </marker>
        </defs>
        {g.years.map((year) => (
          <g key={year.year}>
            <rect
              x={year.x}
              y={CHART_PX.title}
              width={year.width}
              height={g.height - CHART_PX.title - CHART_PX.padding}
              fill={year.year % 2 ? '#f8f9fa' : '#ffffff'}
              stroke="#dee2e6"
            />
            <text x={year.x + year.width / 2} y={CHART_PX.title + 22} textAnchor="middle" fontWeight="bold">
              {year.year}
            </text>
          </g>
        ))}
        {roadmap.layers.map((layer) => {
          const lane = g.lanes.find((l) => l.layerCode === layer.code);
          if (!lane) return null;
          return (
            <g key={layer.code}>
              <line x1={0} x2={g.width} y1={lane.y} y2={lane.y} stroke="#868e96" />
              <text x={CHART_PX.padding} y={lane.y + 24} fontWeight="bold">
                {fit(text(layer.name), CHART_PX.labelWidth - 16)}
              </text>
            </g>
          );
        })}
        {g.arrows.map((arrow) => (
          <line
            key={arrow.linkId}
            x1={arrow.from.x}
            y1={arrow.from.y}
            x2={arrow.to.x}
            y2={arrow.to.y}
            stroke="#343a40"
            strokeWidth={1.5}
            strokeDasharray={arrow.kind === 'needs' ? undefined : '5 3'}
            markerEnd="url(#roadmap-arrow)"
          />
        ))}
        {g.bars.map((bar, index) => {
          const item = items.get(bar.itemId);
          if (!item) return null;
          const dragging = drag?.itemId === item.id;
          const label = `${text(item.title)}, ${periodText(item.period)}, ${t(`roadmaps.status.${item.status}`)}`;
          return (
            <g
              key={item.id}
              data-item-id={item.id}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={selectedId === item.id}
              transform={dragging ? `translate(${drag.dx} ${drag.dy})` : undefined}
              style={{ cursor: editable ? (dragging ? 'grabbing' : 'grab') : 'pointer' }}
              onPointerDown={(event) => pointerDown(event, item.id)}
              onClick={() => !editable && onSelect(item.id)}
              onKeyDown={(event) => keyDown(event, item)}
              className="roadmap-bar"
            >
              <title>{label}</title>
              <rect
                x={bar.x + 1}
                y={bar.y}
                width={bar.width - 2}
                height={bar.height}
                rx={6}
                fill={statusColours[item.status]}
                stroke={selectedId === item.id ? '#1c7ed6' : '#495057'}
                strokeWidth={selectedId === item.id ? 3 : 1}
              />
              {/* The whole title, clipped to the bar, so what is read aloud contains what is seen. */}
              <clipPath id={`roadmap-bar-${index}`}>
                <rect x={bar.x + 4} y={bar.y} width={Math.max(0, bar.width - 10)} height={bar.height} />
              </clipPath>
              <text x={bar.x + 8} y={bar.y + bar.height / 2 + 5} fill="#212529" clipPath={`url(#roadmap-bar-${index})`} style={{ pointerEvents: 'none' }}>
                {text(item.title)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
