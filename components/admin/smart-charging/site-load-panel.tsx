'use client';

import { useEffect, useRef } from 'react';
import useSWR from 'swr';
import { fetcher, type FetchError } from '@/components/hooks/fetcher';
import { useLiveEvents } from '@/components/hooks/use-live-events';
import { Badge } from '@/components/ui/badge';
import { SeriesChart } from '@/components/ui/charts/series-chart';
import type {
  TSiteLoad,
  TSiteLoadHistory,
} from '@/lib/smart-charging/load-management/load-management-schemas';
import { WhatIfForm } from './what-if-form';

const REFRESH_EVERY_MS = 2_000;
const kw = (w: number | null) => (w === null ? '—' : `${(w / 1000).toFixed(1)} kW`);

/**
 * A site's load management: its grid limit, what each charging session is granted and draws,
 * and the measured total against the limit over the last hour. Live: session and command events
 * of the site's stations re-read it, at most every two seconds.
 */
export function SiteLoadPanel({
  siteId,
  stationIds,
  initial,
  timeZone,
}: {
  siteId: string;
  /** The site's stations: only their events concern this panel. */
  stationIds: string[];
  initial: TSiteLoad;
  timeZone: string;
}) {
  const load = useSWR<TSiteLoad, FetchError>(`/api/v1/sites/${siteId}/load-management`, fetcher, {
    fallbackData: initial,
  });
  const history = useSWR<TSiteLoadHistory, FetchError>(
    `/api/v1/sites/${siteId}/load-management/history?minutes=60`,
    fetcher,
  );
  // At most one re-read per few seconds, and always one after the last event of a burst.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useLiveEvents(
    { types: ['session.started', 'session.updated', 'session.stopped', 'command.completed'] },
    (event) => {
      if (event && !stationIds.includes(event.stationId)) return;
      pending.current ??= setTimeout(() => {
        pending.current = null;
        void load.mutate();
        void history.mutate();
      }, REFRESH_EVERY_MS);
    },
  );
  const data = load.data ?? initial;
  const points = history.data?.points ?? [];
  const limitW = data.limitW;
  const series = [
    {
      label: 'Measured',
      points: points.map((p) => ({ x: Date.parse(p.at), y: p.measuredW / 1000 })),
      stroke: 'stroke-brand-600',
    },
    {
      label: 'Granted',
      points: points.map((p) => ({ x: Date.parse(p.at), y: p.grantedW / 1000 })),
      stroke: 'stroke-sky-500',
    },
    ...(limitW === null || points.length === 0
      ? []
      : [
          {
            label: 'Grid limit',
            points: [
              { x: Date.parse(points[0]!.at), y: limitW / 1000 },
              { x: Date.parse(points.at(-1)!.at), y: limitW / 1000 },
            ],
            stroke: 'stroke-red-500',
            dashed: true,
          },
        ]),
  ];
  return (
    <section
      aria-labelledby="site-load"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="site-load" className="font-semibold">
        Load management
      </h2>
      {limitW === null ? (
        <p className="text-sm text-slate-600">
          This site has no grid limit, so its sessions are not managed. Set one in the form below to
          share it across the site’s charging sessions.
        </p>
      ) : null}
      <dl className="grid grid-cols-3 gap-2 text-sm" data-testid="site-load-totals">
        <div>
          <dt className="text-xs text-slate-500">Grid limit</dt>
          <dd className="font-semibold tabular-nums">{kw(limitW)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Granted</dt>
          <dd className="font-semibold tabular-nums" data-testid="site-load-granted">
            {kw(data.grantedW)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Measured</dt>
          <dd className="font-semibold tabular-nums" data-testid="site-load-measured">
            {kw(data.measuredW)}
          </dd>
        </div>
      </dl>
      <SeriesChart
        series={series}
        label="Site power"
        unit="kW"
        timeZone={timeZone}
        emptyText="No power measured at this site in the last hour."
      />
      {(load.error ?? history.error) && (
        <p role="alert" className="text-xs text-red-700">
          Could not refresh: {(load.error ?? history.error)!.message}
        </p>
      )}
      {data.sessions.length === 0 ? (
        <p className="text-sm text-slate-500">No session is charging at this site.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="site-allocations">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1 pr-2 font-medium">Station</th>
                <th className="py-1 pr-2 font-medium">Granted</th>
                <th className="py-1 pr-2 font-medium">Measured</th>
                <th className="py-1 pr-2 font-medium">Max</th>
                <th className="py-1 pr-2 font-medium">Why</th>
                <th className="py-1 font-medium">Charger</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <td className="py-1 pr-2">
                    {s.stationName} #{s.connectorId}
                  </td>
                  <td className="py-1 pr-2 tabular-nums">{kw(s.allocatedW)}</td>
                  <td className="py-1 pr-2 tabular-nums">{kw(s.measuredW)}</td>
                  <td className="py-1 pr-2 tabular-nums">{kw(s.maxW)}</td>
                  <td className="py-1 pr-2 text-xs">{s.reason?.replace('_', ' ') ?? '—'}</td>
                  <td className="py-1">
                    {s.commandState === null ? (
                      '—'
                    ) : (
                      <Badge tone={s.ocppStatus === 'Accepted' ? 'green' : 'amber'}>
                        {s.ocppStatus ?? s.commandState}
                      </Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WhatIfForm siteId={siteId} currentLimitW={limitW} />
    </section>
  );
}
