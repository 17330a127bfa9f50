import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import type { TChargingPoint } from '@/lib/charging-points/charging-point';
import { summarizeConnectors } from '@/components/driver/chargers/connector-summary';
import {
  formatDistance,
  formatWait,
  POINT_STATUS_LABEL,
  POINT_STATUS_TONE,
} from '@/components/driver/chargers/point-status';

export function ChargerListItem({
  point,
  actions,
}: {
  point: TChargingPoint;
  actions?: ReactNode;
}) {
  const distance = formatDistance(point.distanceKm);
  const free = point.connectors.filter((c) => c.status === 'Available').length;
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="charger-item"
      data-status={point.status}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold">
            <Link
              href={`/chargers/${point.id}`}
              className="hover:text-brand-700 text-slate-900 hover:underline"
            >
              {point.name}
            </Link>
            {point.isFavorite && (
              <span className="ml-1 text-amber-500" aria-label="Favorite" title="Favorite">
                ★
              </span>
            )}
          </h3>
          <p className="truncate text-sm text-slate-600">
            {point.site ? `${point.site.address}, ${point.site.city}` : 'No address'}
          </p>
        </div>
        <div className="shrink-0 text-right">
          <Badge tone={POINT_STATUS_TONE[point.status]}>{POINT_STATUS_LABEL[point.status]}</Badge>
          {distance && <p className="mt-1 text-sm font-medium text-slate-700">{distance}</p>}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div className="col-span-2">
          <dt className="sr-only">Connectors</dt>
          <dd className="text-slate-700">
            {summarizeConnectors(point.connectors) || 'No connectors'}
          </dd>
        </div>
        <div>
          <dt className="sr-only">Free connectors</dt>
          <dd className="text-slate-600">
            {free} of {point.connectors.length} free
          </dd>
        </div>
        <div>
          <dt className="sr-only">Queue</dt>
          <dd className="text-slate-600">
            {point.queueLength > 0
              ? `${point.queueLength} waiting, ${formatWait(point.estimatedWaitSeconds)}`
              : point.status === 'occupied'
                ? `No queue, ${formatWait(point.estimatedWaitSeconds)}`
                : 'No queue'}
          </dd>
        </div>
        <div className="col-span-2 sm:col-span-4">
          <dt className="sr-only">Price</dt>
          <dd className="text-slate-600">{point.price?.summary ?? 'Price not published'}</dd>
        </div>
      </dl>
      {actions && <div className="mt-3 border-t border-slate-100 pt-3">{actions}</div>}
    </li>
  );
}
