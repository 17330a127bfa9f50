import { getDb } from '@/lib/db';
import { getStationSettings } from '@/lib/stations/get-station-settings';
import { DecommissionForm } from './decommission-form';
import { StationEditForm } from './station-edit-form';

/** Edit what the operator decides about the station, or take it out of service. */
export async function StationSettingsSection({ stationId }: { stationId: string }) {
  const settings = await getStationSettings(getDb(), stationId);
  if (!settings) return null;
  const decommissionedAt = settings.station.decommissionedAt;
  return (
    <section
      aria-labelledby="station-settings"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="station-settings" className="font-semibold">
        Settings
      </h2>
      <StationEditForm settings={settings} />
      <div className="border-t border-slate-100 pt-3">
        {decommissionedAt ? (
          <p className="text-sm text-slate-700" data-testid="decommissioned">
            Decommissioned on {new Date(decommissionedAt).toUTCString()}: the charger is refused
            when it connects and drivers do not see it.
          </p>
        ) : (
          <DecommissionForm stationId={stationId} />
        )}
      </div>
    </section>
  );
}
