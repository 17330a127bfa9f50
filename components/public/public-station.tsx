import { Badge } from '@/components/ui/badge';
import { connectorTone, effectiveConnectorStatus } from '@/components/ui/connector-status';
import { formatPower } from '@/components/ui/format';
import type { TPublicStation } from '@/lib/stations/list-public-chargers';

export function PublicStation({ station }: { station: TPublicStation }) {
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={`public-station-${station.id}`}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">{station.name}</h3>
        {!station.online && <span className="text-xs text-slate-500">Offline</span>}
      </div>
      <ul className="mt-2 space-y-1.5">
        {station.connectors.map((c) => {
          const status = effectiveConnectorStatus(c.status, station.online);
          return (
            <li key={c.connectorId} className="flex items-center justify-between gap-2 text-sm">
              <span className="text-slate-600">
                {c.type ?? 'Connector'} · {formatPower(c.maxPowerW)}
              </span>
              <Badge
                tone={connectorTone(status)}
                data-testid={`public-connector-${station.id}-${c.connectorId}`}
              >
                {status}
              </Badge>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
