import { clock, formatValue as fmt } from './chart-scale';

/** Horizontal grid lines at 0, half and the top of the value axis, labelled on the left. */
export function ValueGrid({
  maxY,
  sy,
  left,
  right,
}: {
  maxY: number;
  sy: (y: number) => number;
  left: number;
  right: number;
}) {
  return [0, 0.5, 1].map((f) => (
    <g key={f}>
      <line
        x1={left}
        x2={right}
        y1={sy(f * maxY)}
        y2={sy(f * maxY)}
        className="stroke-slate-200"
        strokeWidth={1}
      />
      <text
        x={left - 6}
        y={sy(f * maxY) + 4}
        textAnchor="end"
        className="fill-slate-500 text-[12px]"
      >
        {fmt(f * maxY)}
      </text>
    </g>
  ));
}

/** The first and last time of a time axis, under its two ends. */
export function TimeEnds({
  from,
  to,
  left,
  right,
  y,
  timeZone,
}: {
  from: number;
  to: number;
  left: number;
  right: number;
  y: number;
  timeZone: string;
}) {
  return (
    <>
      <text x={left} y={y} className="fill-slate-500 text-[12px]">
        {clock(from, timeZone)}
      </text>
      <text x={right} y={y} textAnchor="end" className="fill-slate-500 text-[12px]">
        {clock(to, timeZone)}
      </text>
    </>
  );
}

/** What a chart shows in its place when there is nothing to draw. */
export function EmptyChart({ text }: { text: string }) {
  return (
    <p className="flex h-32 items-center justify-center rounded-lg bg-slate-50 text-sm text-slate-500">
      {text}
    </p>
  );
}
