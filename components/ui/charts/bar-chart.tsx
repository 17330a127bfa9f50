import { EmptyChart, ValueGrid } from './chart-axes';
import { formatValue as fmt, niceMax } from './chart-scale';
/** One bar: its label (a day, a connector) and its value in the chart's unit. */
export interface TBar {
  label: string;
  value: number;
}

const WIDTH = 400;
const HEIGHT = 170;
const PAD = { top: 12, right: 8, bottom: 24, left: 40 };

/**
 * A small SVG bar chart beside LineChart: no chart library, renders on the server, scales to its
 * container. Each bar has a tooltip with its exact value; the accessible name sums the series.
 */
export function BarChart({
  bars,
  label,
  unit,
  emptyText = 'Nothing in this range.',
}: {
  bars: TBar[];
  label: string;
  unit: string;
  emptyText?: string;
}) {
  if (bars.length === 0) {
    return <EmptyChart text={emptyText} />;
  }
  const peak = Math.max(...bars.map((b) => b.value));
  const maxY = niceMax(peak);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / bars.length;
  const gap = Math.min(2, slot * 0.2);
  const sy = (y: number) => PAD.top + innerH - (Math.max(0, y) / maxY) * innerH;
  const summary = `${label}: ${bars.length} bars from ${bars[0]!.label} to ${bars.at(-1)!.label}, peak ${fmt(peak)} ${unit}.`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="h-auto w-full"
      >
        <ValueGrid maxY={maxY} sy={sy} left={PAD.left} right={WIDTH - PAD.right} />
        {bars.map((bar, i) => (
          <rect
            key={`${bar.label}-${i}`}
            x={PAD.left + i * slot + gap / 2}
            y={sy(bar.value)}
            width={Math.max(slot - gap, 0.5)}
            height={Math.max(0, PAD.top + innerH - sy(bar.value))}
            className="fill-brand-600"
          >
            <title>{`${bar.label}: ${fmt(bar.value)} ${unit}`}</title>
          </rect>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="fill-slate-500 text-[12px]">
          {bars[0]!.label}
        </text>
        <text
          x={WIDTH - PAD.right}
          y={HEIGHT - 6}
          textAnchor="end"
          className="fill-slate-500 text-[12px]"
        >
          {bars.at(-1)!.label}
        </text>
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">
        {label} ({unit})
      </figcaption>
    </figure>
  );
}
