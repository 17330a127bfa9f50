import { STATION_COMMANDS_PAGE_SIZE } from '@/components/hooks/page-sizes';
import { getDb } from '@/lib/db';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { listStationChargingProfiles } from '@/lib/stations/list-station-charging-profiles';
import { listStationCommands } from '@/lib/stations/list-station-commands';
import { listStationConfiguration } from '@/lib/stations/list-station-configuration';
import { listStationReservations } from '@/lib/stations/list-station-reservations';
import { StationChargingProfiles } from './station-charging-profiles';
import { StationCommands } from './station-commands';
import { StationConfiguration } from './station-configuration';
import { StationReservations } from './station-reservations';

/** Server halves of the station page's command widgets: first paint here, then live. */
export async function StationCommandsSection({ station }: { station: TStationDetail }) {
  const commands = await listStationCommands(getDb(), {
    stationId: station.id,
    limit: STATION_COMMANDS_PAGE_SIZE,
  });
  return <StationCommands initialStation={station} initialCommands={commands} />;
}

export async function StationConfigurationSection({ stationId }: { stationId: string }) {
  const initial = await listStationConfiguration(getDb(), stationId);
  return <StationConfiguration stationId={stationId} initial={initial} />;
}

export async function StationReservationsSection({ stationId }: { stationId: string }) {
  const initial = await listStationReservations(getDb(), stationId);
  return <StationReservations stationId={stationId} initial={initial} />;
}

export async function StationChargingProfilesSection({ stationId }: { stationId: string }) {
  const initial = await listStationChargingProfiles(getDb(), stationId);
  return <StationChargingProfiles stationId={stationId} initial={initial} />;
}
