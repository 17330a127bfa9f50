import type { TChargingPoint } from '@/lib/charging-points/charging-point';
import { POINT_STATUS_FILL, POINT_STATUS_LABEL } from '@/components/driver/chargers/point-status';
import { projectToBox } from './project-to-box';

const WIDTH = 1000;
const HEIGHT = 600;
const PAD = 60;

/**
 * Our own map: markers placed by latitude/longitude inside the bounds of the points shown, on a
 * plain background. No tiles and no network, so it never breaks offline; pure SVG, no client JS.
 */
export function ChargerMap({
  points,
  origin,
}: {
  points: TChargingPoint[];
  origin: { lat: number; lng: number } | null;
}) {
  const placed = points.flatMap((point) =>
    point.site ? [{ point, lat: point.site.latitude, lng: point.site.longitude }] : [],
  );
  if (placed.length === 0) {
    return (
      <p className="flex h-48 items-center justify-center rounded-xl border border-dashed border-slate-300 bg-white text-sm text-slate-500">
        No charger with a known position to map.
      </p>
    );
  }
  const positions = [...placed, ...(origin ? [origin] : [])];
  const project = projectToBox(positions, { width: WIDTH, height: HEIGHT, pad: PAD });
  const you = origin ? project(origin) : null;
  return (
    <figure className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="block h-auto w-full bg-slate-50"
        role="group"
        aria-label={`Map of ${placed.length} charger${placed.length === 1 ? '' : 's'}`}
        data-testid="charger-map"
      >
        <defs>
          <pattern id="map-grid" width="50" height="50" patternUnits="userSpaceOnUse">
            <path d="M 50 0 L 0 0 0 50" fill="none" stroke="#e2e8f0" strokeWidth="1" />
          </pattern>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill="url(#map-grid)" />
        {you && (
          <g aria-label="Your position" role="img">
            <circle cx={you.x} cy={you.y} r="22" fill="#6366f1" opacity="0.15" />
            <circle cx={you.x} cy={you.y} r="9" fill="#4f46e5" stroke="white" strokeWidth="3" />
          </g>
        )}
        {placed.map(({ point, lat, lng }) => {
          const { x, y } = project({ lat, lng });
          const labelLeft = x > WIDTH - 240;
          return (
            <a
              key={point.id}
              href={`/chargers/${point.id}`}
              aria-label={`${point.name}: ${POINT_STATUS_LABEL[point.status]}`}
              data-testid={`map-marker-${point.id}`}
              className="group focus:outline-none"
            >
              <circle
                cx={x}
                cy={y}
                r="16"
                fill={POINT_STATUS_FILL[point.status]}
                stroke="white"
                strokeWidth="4"
                className="group-hover:stroke-slate-900 group-focus-visible:stroke-slate-900"
              />
              <text
                x={labelLeft ? x - 24 : x + 24}
                y={y + 7}
                textAnchor={labelLeft ? 'end' : 'start'}
                fontSize="22"
                fill="#0f172a"
                stroke="white"
                strokeWidth="5"
                paintOrder="stroke"
                className="group-hover:underline"
              >
                {point.name.length > 22 ? `${point.name.slice(0, 21)}…` : point.name}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-200 px-3 py-2 text-xs text-slate-600">
        {(Object.keys(POINT_STATUS_FILL) as (keyof typeof POINT_STATUS_FILL)[]).map((status) => (
          <span key={status} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="size-2.5 rounded-full"
              style={{ backgroundColor: POINT_STATUS_FILL[status] }}
            />
            {POINT_STATUS_LABEL[status]}
          </span>
        ))}
        {you && (
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="size-2.5 rounded-full bg-indigo-600" />
            You
          </span>
        )}
      </figcaption>
    </figure>
  );
}
