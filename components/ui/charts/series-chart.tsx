import { EmptyChart, TimeEnds, ValueGrid } from './chart-axes';
import { clock, niceMax } from './chart-scale';
import type { TChartPoint } from './line-chart';

export interface TChartSeries {
  label: string;
  points: TChartPoint[];
  /** Tailwind stroke class, e.g. `stroke-brand-600`. */
  stroke: string;
  /** Drawn dashed (a limit, a reference line). */
  dashed?: boolean;
}

const WIDTH = 400;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 24, left: 44 };

/**
 * Several series on one time axis, as lines without fill, with a legend: a schedule's limit
 * beside what the charger reports, or measured power against a grid limit. Pure SVG, like
 * LineChart; step-shaped data is passed as points at both ends of each step.
 */
export function SeriesChart({
  series,
  label,
  unit,
  timeZone = 'UTC',
  emptyText = 'Nothing to show yet.',
}: {
  series: TChartSeries[];
  label: string;
  unit: string;
  timeZone?: string;
  emptyText?: string;
}) {
  const all = series.flatMap((s) => s.points);
  if (all.length < 2) {
    return <EmptyChart text={emptyText} />;
  }
  const xs = all.map((p) => p.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const spanX = Math.max(maxX - minX, 1);
  const maxY = niceMax(Math.max(...all.map((p) => p.y)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + ((x - minX) / spanX) * innerW;
  const sy = (y: number) => PAD.top + innerH - (Math.max(0, y) / maxY) * innerH;
  const summary = `${label} (${unit}) from ${clock(minX, timeZone)} to ${clock(maxX, timeZone)}: ${series
    .filter((s) => s.points.length > 0)
    .map((s) => `${s.label} latest ${s.points.at(-1)!.y.toFixed(1)}`)
    .join(', ')}.`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="h-auto w-full"
      >
        <ValueGrid maxY={maxY} sy={sy} left={PAD.left} right={WIDTH - PAD.right} />
        {series.map((s) =>
          s.points.length === 0 ? null : (
            <path
              key={s.label}
              d={s.points
                .map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
                .join(' ')}
              className={s.stroke}
              fill="none"
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          ),
        )}
        <TimeEnds
          from={minX}
          to={maxX}
          left={PAD.left}
          right={WIDTH - PAD.right}
          y={HEIGHT - 6}
          timeZone={timeZone}
        />
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <svg width="18" height="6" aria-hidden="true">
              <line
                x1="0"
                x2="18"
                y1="3"
                y2="3"
                className={s.stroke}
                strokeWidth={2}
                strokeDasharray={s.dashed ? '4 3' : undefined}
              />
            </svg>
            {s.label}
          </span>
        ))}
        <span className="text-slate-500">({unit})</span>
      </figcaption>
    </figure>
  );
}
