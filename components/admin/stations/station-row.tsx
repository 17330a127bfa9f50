import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatKwh, formatPower, formatTimestamp } from '@/components/ui/format';
import type { TStationsPageRow } from '@/lib/stations/list-stations-page';
import { ConnectionBadge } from '../connection-badge';
import { ConnectorBadge } from '../connector-badge';

const cell = 'px-3 py-2 align-top';

function StateBadges({ station }: { station: TStationsPageRow }) {
  if (station.decommissionedAt) return <Badge tone="grey">Decommissioned</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      <ConnectionBadge identity={station.identity} online={station.connectionState === 'online'} />
      {station.registrationStatus !== 'Accepted' && (
        <Badge tone={station.registrationStatus === 'Pending' ? 'amber' : 'red'}>
          {station.registrationStatus}
        </Badge>
      )}
      {station.status === 'Faulted' && <Badge tone="red">Faulted</Badge>}
    </span>
  );
}

/** One station in the console table; test ids match what the e2e specs read. */
export function StationRow({ station }: { station: TStationsPageRow }) {
  const online = station.connectionState === 'online';
  return (
    <tr data-testid={`station-${station.identity}`} className="hover:bg-slate-50">
      <td className={`${cell} font-mono text-xs`}>
        <Link href={`/admin/stations/${station.id}`} className="text-brand-700 hover:underline">
          {station.identity}
        </Link>
      </td>
      <td className={cell}>
        <Link
          href={`/admin/stations/${station.id}`}
          className="font-medium text-slate-900 hover:underline"
        >
          {station.name}
        </Link>
      </td>
      <td className={`${cell} text-slate-600`}>
        {station.site ? `${station.site.name}, ${station.site.city}` : '—'}
      </td>
      <td className={cell}>
        <StateBadges station={station} />
      </td>
      <td className={`${cell} text-slate-600`}>
        {[station.vendor, station.model].filter(Boolean).join(' ') || '—'}
      </td>
      <td className={`${cell} text-slate-600`}>{station.firmwareVersion ?? '—'}</td>
      <td className={`${cell} text-slate-600`}>{station.ocppVersion}</td>
      <td className={`${cell} whitespace-nowrap text-slate-600`}>
        {formatTimestamp(station.lastSeenAt)}
      </td>
      <td className={cell}>
        {station.connectors.length === 0 ? (
          <span className="text-slate-500">None yet</span>
        ) : (
          <ul className="space-y-1">
            {station.connectors.map((c) => (
              <li key={c.connectorId} className="flex flex-wrap items-center gap-1.5 text-xs">
                <span className="font-medium text-slate-700">#{c.connectorId}</span>
                <span className="text-slate-500">
                  {c.type ?? '?'} · {formatPower(c.maxPowerW)}
                </span>
                <ConnectorBadge
                  identity={station.identity}
                  connectorId={c.connectorId}
                  status={c.status}
                  stationOnline={online}
                />
                {c.currentSession && (
                  <span
                    className="text-slate-700 tabular-nums"
                    data-testid={`session-energy-${station.identity}-${c.connectorId}`}
                  >
                    {formatKwh(c.currentSession.energyWh)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
