import { EmptyChart, TimeEnds, ValueGrid } from './chart-axes';
import { clock, niceMax } from './chart-scale';
/** One point of a series: x is a time in epoch milliseconds, y the value in the chart's unit. */
export interface TChartPoint {
  x: number;
  y: number;
}

const WIDTH = 400;
const HEIGHT = 170;
const PAD = { top: 12, right: 12, bottom: 24, left: 40 };

/**
 * A small SVG line chart with a filled area, no chart library: it renders on the server and
 * scales to its container's width. The accessible name summarises the series for screen readers.
 */
export function LineChart({
  points,
  label,
  unit,
  timeZone = 'UTC',
  emptyText = 'No readings yet.',
}: {
  points: TChartPoint[];
  label: string;
  unit: string;
  timeZone?: string;
  emptyText?: string;
}) {
  if (points.length < 2) {
    return <EmptyChart text={emptyText} />;
  }
  const xs = points.map((p) => p.x);
  const minX = Math.min(...xs);
  const spanX = Math.max(Math.max(...xs) - minX, 1);
  const maxY = niceMax(Math.max(...points.map((p) => p.y)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + ((x - minX) / spanX) * innerW;
  const sy = (y: number) => PAD.top + innerH - (Math.max(0, y) / maxY) * innerH;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`);
  const baseline = (PAD.top + innerH).toFixed(1);
  const area = `${line.join(' ')} L${sx(points.at(-1)!.x).toFixed(1)},${baseline} L${sx(minX).toFixed(1)},${baseline} Z`;
  const peak = Math.max(...points.map((p) => p.y));
  const last = points.at(-1)!;
  const summary = `${label}: ${points.length} readings from ${clock(minX, timeZone)} to ${clock(last.x, timeZone)}, peak ${peak.toFixed(1)} ${unit}, latest ${last.y.toFixed(1)} ${unit}.`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="h-auto w-full"
      >
        <ValueGrid maxY={maxY} sy={sy} left={PAD.left} right={WIDTH - PAD.right} />
        <path d={area} className="fill-brand-100" />
        <path
          d={line.join(' ')}
          className="stroke-brand-600"
          fill="none"
          strokeWidth={2}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
        <TimeEnds
          from={minX}
          to={last.x}
          left={PAD.left}
          right={WIDTH - PAD.right}
          y={HEIGHT - 6}
          timeZone={timeZone}
        />
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">
        {label} ({unit})
      </figcaption>
    </figure>
  );
}
