import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, stations } from '@/db/schema';
import { listChargingPoints } from '@/lib/charging-points/list-charging-points';
import { aSite, aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { anOcppServer, basicAuth, rawUpgrade, type TestOcppServer } from '@/test/ocpp-builders';
import { authenticateStation } from './authenticate-station';
import { decommissionStation } from './decommission-station';
import { listPublicChargers } from './list-public-chargers';

const { db } = useTestDb();
let server: TestOcppServer;

beforeAll(async () => {
  server = await anOcppServer();
});
afterAll(() => server.close());

describe('decommissionStation', () => {
  it('marks the station Rejected and out of service, and audits who did it', async () => {
    const operator = await aUser(db, { role: 'operator' });
    const station = await aStation(db);
    expect(await decommissionStation(db, { stationId: station.id, actorId: operator.id })).toBe(
      true,
    );
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row?.registrationStatus).toBe('Rejected');
    expect(row?.decommissionedAt).toBeInstanceOf(Date);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, station.id), eq(auditLog.action, 'station.decommissioned')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorId).toBe(operator.id);
    // A second time changes nothing.
    expect(await decommissionStation(db, { stationId: station.id, actorId: operator.id })).toBe(
      false,
    );
  });

  it('refuses the charger’s WebSocket upgrade with 401 even with the right password', async () => {
    const station = await aStation(db);
    const url = `${server.endpoint}/${station.identity}`;
    const authorization = basicAuth(station.identity, station.password);
    const before = await rawUpgrade(url, { authorization });
    expect(before.status).toBe(101);
    before.socket?.terminate();

    await decommissionStation(db, { stationId: station.id, actorId: null });
    expect(await authenticateStation(db, station.identity, Buffer.from(station.password))).toBe(
      null,
    );
    expect((await rawUpgrade(url, { authorization })).status).toBe(401);
  });

  it('hides the station from drivers even if it were marked Accepted again', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    await decommissionStation(db, { stationId: station.id, actorId: null });
    await db
      .update(stations)
      .set({ registrationStatus: 'Accepted' })
      .where(eq(stations.id, station.id));
    const publicSite = (await listPublicChargers(db)).find((s) => s.id === site.id);
    expect(publicSite).toBeUndefined();
    const points = await listChargingPoints(db, { stationIds: [station.id] });
    expect(points).toEqual([]);
  });
});
