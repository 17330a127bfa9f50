import Link from 'next/link';
import { formatKwh, formatPower, formatTimestamp } from '@/components/ui/format';
import type { TConsoleStation } from '@/lib/stations/list-stations-for-console';
import { ConnectionBadge } from './connection-badge';
import { ConnectorBadge } from './connector-badge';

export function StationCard({ station }: { station: TConsoleStation }) {
  const online = station.connectionState === 'online';
  return (
    <li
      data-testid={`station-${station.identity}`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            href={`/admin/stations/${station.id}`}
            className="hover:text-brand-700 font-semibold text-slate-900 hover:underline"
          >
            {station.name}
          </Link>
          <p className="truncate font-mono text-xs text-slate-500">{station.identity}</p>
          <p className="text-sm text-slate-600">
            {station.site ? `${station.site.name}, ${station.site.city}` : 'No site'}
          </p>
        </div>
        <div className="text-right">
          <ConnectionBadge identity={station.identity} online={online} />
          <p className="mt-1 text-xs text-slate-500">
            Last seen {formatTimestamp(station.lastSeenAt)}
          </p>
        </div>
      </div>
      <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
        {station.connectors.length === 0 && (
          <li className="py-2 text-sm text-slate-500">No connectors reported yet.</li>
        )}
        {station.connectors.map((connector) => (
          <li
            key={connector.connectorId}
            className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
          >
            <span className="flex items-center gap-2">
              <span className="font-medium text-slate-700">#{connector.connectorId}</span>
              <span className="text-slate-500">
                {connector.type ?? 'Unconfigured'} · {formatPower(connector.maxPowerW)}
              </span>
            </span>
            <span className="flex items-center gap-3">
              {connector.currentSession && (
                <span
                  className="text-slate-700 tabular-nums"
                  data-testid={`session-energy-${station.identity}-${connector.connectorId}`}
                >
                  {formatKwh(connector.currentSession.energyWh)}
                </span>
              )}
              <ConnectorBadge
                identity={station.identity}
                connectorId={connector.connectorId}
                status={connector.status}
                stationOnline={online}
              />
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
