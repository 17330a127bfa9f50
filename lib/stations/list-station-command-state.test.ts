import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chargingProfiles, reservations, stationConfiguration } from '@/db/schema';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { listStationChargingProfiles } from './list-station-charging-profiles';
import { listStationConfiguration } from './list-station-configuration';
import { listStationReservations } from './list-station-reservations';

const { db } = useTestDb();

/** Reservation ids come from the shared sequence, as the command service draws them. */
async function nextReservationId(): Promise<number> {
  const [row] = await db.execute<{ id: number }>(
    sql`select nextval('reservation_id_seq')::int as id`,
  );
  return row!.id;
}

const profile = (chargingProfileId: number) => ({
  chargingProfileId,
  stackLevel: 0,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Relative',
  chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [] },
});

describe('what the station page shows of a charger’s state', () => {
  it('lists configuration keys by name', async () => {
    const station = await aStation(db);
    await db.insert(stationConfiguration).values([
      { stationId: station.id, key: 'MeterValueSampleInterval', value: '60' },
      { stationId: station.id, key: 'HeartbeatInterval', value: '300', readonly: false },
      { stationId: station.id, key: 'NumberOfConnectors', value: '2', readonly: true },
    ]);
    const keys = await listStationConfiguration(db, station.id);
    expect(keys.map((k) => [k.key, k.value, k.readonly])).toEqual([
      ['HeartbeatInterval', '300', false],
      ['MeterValueSampleInterval', '60', false],
      ['NumberOfConnectors', '2', true],
    ]);
  });

  it('lists reservations that still hold a connector, soonest to expire first', async () => {
    const station = await aStation(db);
    const now = new Date('2025-05-01T12:00:00Z');
    const at = (iso: string) => new Date(iso);
    const base = { stationId: station.id, connectorId: 1, idTag: 'TAG' };
    const [late, soon, past, cancelled] = await Promise.all([1, 2, 3, 4].map(nextReservationId));
    await db.insert(reservations).values([
      { ...base, id: late!, expiresAt: at('2025-05-01T14:00:00Z') },
      { ...base, id: soon!, expiresAt: at('2025-05-01T13:00:00Z') },
      { ...base, id: past!, expiresAt: at('2025-05-01T11:59:59Z') },
      { ...base, id: cancelled!, expiresAt: at('2025-05-01T15:00:00Z'), status: 'Cancelled' },
    ]);
    const active = await listStationReservations(db, station.id, now);
    expect(active.map((r) => r.id)).toEqual([soon, late]);
  });

  it('lists the active charging profiles only', async () => {
    const station = await aStation(db);
    const base = { stationId: station.id, connectorId: 1, purpose: 'TxDefaultProfile' as const };
    await db.insert(chargingProfiles).values([
      { ...base, chargingProfileId: 1, stackLevel: 0, kind: 'Relative', profile: profile(1) },
      { ...base, chargingProfileId: 2, stackLevel: 1, kind: 'Relative', profile: profile(2) },
      {
        ...base,
        chargingProfileId: 3,
        stackLevel: 2,
        kind: 'Relative',
        profile: profile(3),
        status: 'Cleared',
      },
    ]);
    const active = await listStationChargingProfiles(db, station.id);
    expect(active.map((p) => [p.chargingProfileId, p.stackLevel])).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });
});
