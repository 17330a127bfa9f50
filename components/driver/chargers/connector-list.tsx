import { Badge } from '@/components/ui/badge';
import { connectorTone } from '@/components/ui/connector-status';
import { formatPower } from '@/components/ui/format';
import type { TChargingPointConnector } from '@/lib/charging-points/charging-point';
import { ChargeHereForm, type TVehicleChoice } from './charge-here-form';
import { formatWait } from './point-status';

/** Connectors a driver cannot start at, whatever the queue. */
const UNUSABLE = new Set(['Offline', 'Faulted', 'Unavailable']);

export function ConnectorList({
  stationId,
  connectors,
  vehicles,
}: {
  stationId: string;
  connectors: TChargingPointConnector[];
  vehicles: TVehicleChoice[];
}) {
  if (connectors.length === 0) {
    return (
      <p className="text-sm text-slate-600">This charger has not reported any connector yet.</p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100">
      {connectors.map((connector) => {
        const busy = connector.status !== 'Available' || connector.queueLength > 0;
        return (
          <li
            key={connector.id}
            className="space-y-3 py-4 first:pt-0 last:pb-0"
            data-testid={`connector-${connector.connectorId}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h3 className="font-medium">
                  Connector {connector.connectorId}
                  <span className="font-normal text-slate-600">
                    {' '}
                    · {connector.type ?? 'Unknown type'} · {formatPower(connector.maxPowerW)}
                  </span>
                </h3>
                <p className="text-sm text-slate-600">
                  {connector.queueLength > 0
                    ? `${connector.queueLength} waiting · wait ${formatWait(connector.estimatedWaitSeconds)}`
                    : busy
                      ? `No queue · wait ${formatWait(connector.estimatedWaitSeconds)}`
                      : 'No queue'}
                </p>
              </div>
              <Badge tone={connectorTone(connector.status)}>{connector.status}</Badge>
            </div>
            {UNUSABLE.has(connector.status) ? (
              <p className="text-sm text-slate-500">Not available for charging right now.</p>
            ) : (
              <ChargeHereForm
                stationId={stationId}
                connectorId={connector.connectorId}
                vehicles={vehicles}
                queued={busy}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
