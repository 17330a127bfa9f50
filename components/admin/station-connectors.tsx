import { formatKwh, formatPower, formatTimestamp } from '@/components/ui/format';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { ConnectorBadge } from './connector-badge';

export function StationConnectors({ station }: { station: TStationDetail }) {
  const online = station.connectionState === 'online';
  return (
    <section
      aria-labelledby="station-connectors"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-connectors" className="font-semibold">
        Connectors
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {station.connectors.length === 0 && (
          <li className="text-sm text-slate-500">No connectors reported yet.</li>
        )}
        {station.connectors.map((c) => (
          <li key={c.connectorId} className="rounded-lg border border-slate-100 p-3 text-sm">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">
                #{c.connectorId} · {c.type ?? 'Unconfigured'} · {formatPower(c.maxPowerW)}
              </span>
              <ConnectorBadge
                identity={station.identity}
                connectorId={c.connectorId}
                status={c.status}
                stationOnline={online}
              />
            </div>
            <p className="mt-1 text-xs text-slate-500">
              Since {formatTimestamp(c.statusAt)}
              {c.errorCode !== 'NoError' && ` · error ${c.errorCode}`}
            </p>
            {c.currentSession && (
              <p className="mt-2 text-slate-700" data-testid={`session-on-${c.connectorId}`}>
                Session {c.currentSession.transactionId ?? '—'}: {c.currentSession.status},{' '}
                <span className="tabular-nums">{formatKwh(c.currentSession.energyWh)}</span>
                {c.currentSession.powerW !== null && ` at ${formatPower(c.currentSession.powerW)}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
