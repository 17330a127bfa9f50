import type { TUptime } from '@/lib/stations/uptime-intervals';

const WIDTH = 600;
const HEIGHT = 120;
const PAD = { top: 8, bottom: 20, left: 32, right: 4 };

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const dayLabel = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );

/** One bar per day, its height the share of the day the station was online (SVG, no library). */
export function UptimeChart({ uptime }: { uptime: TUptime }) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(uptime.days.length, 1);
  const first = uptime.days[0];
  const last = uptime.days.at(-1);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Online share per day over ${uptime.days.length} days; ${percent(uptime.overall)} overall`}
      className="h-auto w-full"
    >
      {[0, 0.5, 1].map((tick) => {
        const y = PAD.top + innerH - tick * innerH;
        return (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} className="stroke-slate-200" />
            <text x={PAD.left - 4} y={y + 3} textAnchor="end" className="fill-slate-500 text-[9px]">
              {tick * 100}%
            </text>
          </g>
        );
      })}
      {uptime.days.map((day, i) => {
        const h = day.share * innerH;
        const tone =
          day.share >= 0.99
            ? 'fill-emerald-500'
            : day.share >= 0.9
              ? 'fill-amber-400'
              : 'fill-red-400';
        return (
          <rect
            key={day.day}
            data-testid="uptime-bar"
            x={PAD.left + i * slot + 1}
            y={PAD.top + innerH - h}
            width={Math.max(slot - 2, 1)}
            height={Math.max(h, 0)}
            className={tone}
          >
            <title>{`${dayLabel(day.day)}: ${percent(day.share)} online`}</title>
          </rect>
        );
      })}
      {first && last && (
        <>
          <text x={PAD.left} y={HEIGHT - 4} className="fill-slate-500 text-[9px]">
            {dayLabel(first.day)}
          </text>
          <text
            x={WIDTH - PAD.right}
            y={HEIGHT - 4}
            textAnchor="end"
            className="fill-slate-500 text-[9px]"
          >
            {dayLabel(last.day)} (today)
          </text>
        </>
      )}
    </svg>
  );
}
