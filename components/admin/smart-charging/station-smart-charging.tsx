import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { CompositePanel } from './composite-panel';
import { ProfileHistory } from './profile-history';
import { RawProfileForm } from './raw-profile-form';
import { ScenarioForms } from './scenario-forms';

/**
 * The station page's smart charging: what the connectors may draw (computed and as the charger
 * says), the ready-made scenarios, a raw profile, clearing, and every profile ever sent.
 */
export function StationSmartCharging({ station }: { station: TStationDetail }) {
  const connectors = station.connectors.map((c) => ({
    connectorId: c.connectorId,
    label: `#${c.connectorId}${c.type ? ` · ${c.type}` : ''}${c.maxPowerW ? ` · ${c.maxPowerW / 1000} kW` : ''}`,
    maxPowerW: c.maxPowerW,
    transactionId: c.currentSession?.transactionId ?? null,
  }));
  const transactions = connectors.flatMap((c) =>
    c.transactionId === null
      ? []
      : [{ connectorId: c.connectorId, transactionId: c.transactionId }],
  );
  return (
    <section
      aria-labelledby="station-smart-charging"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-smart-charging" className="font-semibold">
        Smart charging
      </h2>
      <CompositePanel stationId={station.id} connectors={connectors} />
      <ScenarioForms stationId={station.id} connectors={connectors} transactions={transactions} />
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold">Write a raw profile</summary>
        <div className="mt-2">
          <RawProfileForm stationId={station.id} connectors={connectors} />
        </div>
      </details>
      <ProfileHistory stationId={station.id} />
    </section>
  );
}
