import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { z } from 'zod';
import { AlertBanners } from '@/components/driver/alerts/alert-banners';
import type { TVehicleChoice } from '@/components/driver/chargers/charge-here-form';
import { ConnectorList } from '@/components/driver/chargers/connector-list';
import { FavoriteToggle } from '@/components/driver/chargers/favorite-toggle';
import { POINT_STATUS_LABEL, POINT_STATUS_TONE } from '@/components/driver/chargers/point-status';
import { LiveRefresh } from '@/components/driver/find/live-refresh';
import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import { listAlertsInEffect } from '@/lib/alerts/list-alerts-in-effect';
import { requireRole } from '@/lib/auth/current-user';
import { getChargingPoint } from '@/lib/charging-points/get-charging-point';
import { getDb } from '@/lib/db';
import { listVehicles } from '@/lib/vehicles/list-vehicles';

export const metadata: Metadata = { title: 'Charger' };

type TParams = Promise<{ id: string }>;

const cardClass = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

/** Alerts aimed at this charger or its site that the shell's banner region does not show. */
async function ChargerAlerts({ stationId, userId }: { stationId: string; userId: string }) {
  const db = getDb();
  const [here, shown] = await Promise.all([
    listAlertsInEffect(db, { stationIds: [stationId] }),
    listAlertsInEffect(db, { userId }),
  ]);
  const shownIds = new Set(shown.map((alert) => alert.id));
  return <AlertBanners alerts={here.filter((alert) => !shownIds.has(alert.id))} />;
}

async function vehicleChoices(userId: string): Promise<TVehicleChoice[]> {
  const { items } = await listVehicles(getDb(), {
    viewer: { id: userId, role: 'driver' },
    userId,
    limit: 100,
  });
  return items.map((v) => ({ id: v.id, label: `${v.make} ${v.model}`, isDefault: v.isDefault }));
}

export default async function ChargerPage({ params }: { params: TParams }) {
  const { id } = await params;
  const { user } = await requireRole('driver', `/chargers/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [point, vehicles] = await Promise.all([
    getChargingPoint(getDb(), { id, userId: user.id }),
    vehicleChoices(user.id),
  ]);
  if (!point) notFound();
  const { site } = point;
  return (
    <div className="space-y-4">
      <Suspense fallback={null}>
        <ChargerAlerts stationId={point.id} userId={user.id} />
      </Suspense>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold">{point.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone={POINT_STATUS_TONE[point.status]} data-testid="charger-status">
              {POINT_STATUS_LABEL[point.status]}
            </Badge>
            <span>Updated {formatTimestamp(point.lastUpdatedAt)}</span>
          </p>
        </div>
        <FavoriteToggle stationId={point.id} isFavorite={point.isFavorite} />
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="connectors" className={`${cardClass} lg:col-span-2`}>
          <h2 id="connectors" className="mb-3 font-semibold">
            Connectors
          </h2>
          <ConnectorList stationId={point.id} connectors={point.connectors} vehicles={vehicles} />
        </section>

        <div className="space-y-4">
          <section aria-labelledby="price" className={cardClass}>
            <h2 id="price" className="font-semibold">
              Price
            </h2>
            {point.price ? (
              <>
                <p className="mt-1 text-sm text-slate-800" data-testid="price-summary">
                  {point.price.summary}
                </p>
                {point.tariff && point.tariff.lines.length > 0 && (
                  <ul
                    className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600"
                    data-testid="tariff-lines"
                  >
                    {point.tariff.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-600">This charger has no published price.</p>
            )}
          </section>

          <section aria-labelledby="where" className={cardClass}>
            <h2 id="where" className="font-semibold">
              Where
            </h2>
            {site ? (
              <dl className="mt-1 space-y-1 text-sm">
                <div>
                  <dt className="sr-only">Site</dt>
                  <dd className="font-medium text-slate-800">{site.name}</dd>
                </div>
                <div>
                  <dt className="sr-only">Address</dt>
                  <dd className="text-slate-700">
                    {site.address}, {site.city}, {site.country}
                  </dd>
                </div>
                <div className="text-slate-600">
                  <dt className="inline">Time zone: </dt>
                  <dd className="inline">{site.timeZone}</dd>
                </div>
                <div className="text-slate-600">
                  <dt className="inline">Opening hours: </dt>
                  <dd className="inline">{point.openingHours ?? 'not published'}</dd>
                </div>
              </dl>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No address on record.</p>
            )}
          </section>

          <section aria-labelledby="amenities" className={cardClass}>
            <h2 id="amenities" className="font-semibold">
              Amenities
            </h2>
            {site && site.amenities.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-2">
                {site.amenities.map((amenity) => (
                  <li
                    key={amenity}
                    className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-700"
                  >
                    {amenity}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">None listed.</p>
            )}
          </section>
        </div>
      </div>
      <LiveRefresh stationId={point.id} />
    </div>
  );
}
