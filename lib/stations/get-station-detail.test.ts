import { describe, expect, it } from 'vitest';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { getStationDetail } from './get-station-detail';

const { db } = useTestDb();

describe('getStationDetail', () => {
  it('returns null for a station that does not exist', async () => {
    expect(await getStationDetail(db, '00000000-0000-4000-8000-00000000dead')).toBeNull();
  });

  it('returns connectors, the current session and recent sessions with energy', async () => {
    const station = await aStation(db, { vendor: 'Acme', model: 'Volt' });
    await aChargingSession(db, {
      stationId: station.id,
      connectorId: 2,
      status: 'COMPLETED',
      meterStartWh: 0,
      meterStopWh: 7_500,
      energyWh: 7_500,
      stoppedAt: new Date(),
      createdAt: new Date(Date.now() - 60_000),
    });
    const live = await aChargingSession(db, {
      stationId: station.id,
      connectorId: 1,
      meterStartWh: 500,
      lastMeterWh: 1_700,
    });
    const detail = await getStationDetail(db, station.id);
    expect(detail).toMatchObject({ identity: station.identity, vendor: 'Acme', model: 'Volt' });
    expect(detail?.connectors[0]?.currentSession).toMatchObject({ id: live.id, energyWh: 1_200 });
    expect(detail?.recentSessions.map((s) => [s.status, s.energyWh])).toEqual([
      ['CHARGING', 1_200],
      ['COMPLETED', 7_500],
    ]);
  });
});
