import { and, eq } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { commands, connectors, sessions } from '@/db/schema';
import { SimulatedChargePoint, type AnswerOverride } from '@/ocpp-server/simulator';
import { useCommandTestbed } from '@/ocpp-server/command-test-kit';
import type { OcppServerOptions } from '@/ocpp-server/server';
import { aSite, aStation, aTariff, aUser, anIdTag } from '@/test/builders';
import { eventually } from '@/test/ocpp-builders';

/**
 * A real ocpp-server with simulated chargers that take remote starts like real ones (the driver
 * plugs in `plugInDelayMs` after an accepted start), plus drivers with tags.
 */
export function useSessionTestbed(overrides: Partial<OcppServerOptions> = {}) {
  const testbed = useCommandTestbed(overrides);
  const { db } = testbed;
  const chargers: SimulatedChargePoint[] = [];
  afterAll(async () => {
    await Promise.all(chargers.map((charger) => charger.close()));
  });

  return {
    db,
    get server() {
      return testbed.server;
    },
    get deps() {
      return { db, events: testbed.events };
    },
    /** A station with one 22 kW connector, online, its connector reported Available. */
    async aConnectedCharger(
      options: { answer?: AnswerOverride; plugInDelayMs?: number; meterIntervalMs?: number } = {},
    ) {
      const tariff = await aTariff(db);
      const site = await aSite(db, { tariffId: tariff.id });
      const station = await aStation(db, {
        connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
        siteId: site.id,
      });
      const charger = new SimulatedChargePoint({
        url: testbed.server.endpoint,
        identity: station.identity,
        password: station.password,
        connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
        reconnect: false,
        plugInDelayMs: options.plugInDelayMs ?? 50,
        meterIntervalMs: options.meterIntervalMs ?? 60_000,
        ...(options.answer ? { answer: options.answer } : {}),
      });
      chargers.push(charger);
      await charger.connect();
      await eventually(() => connectorStatusIs(db, station.id, 1, 'Available'));
      return { station, charger, tariff };
    },
    async aDriver() {
      const user = await aUser(db);
      const tag = await anIdTag(db, { userId: user.id });
      return { user, tag, viewer: { id: user.id, role: 'driver' as const } };
    },
    sessionOf: (id: string) => sessionRow(db, id),
    async commandsOf(stationId: string) {
      return db.select().from(commands).where(eq(commands.stationId, stationId));
    },
    async sessionsAt(stationId: string) {
      return db.select().from(sessions).where(eq(sessions.stationId, stationId));
    },
  };
}

async function sessionRow(db: ReturnType<typeof useCommandTestbed>['db'], id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function connectorStatusIs(
  db: ReturnType<typeof useCommandTestbed>['db'],
  stationId: string,
  connectorId: number,
  status: string,
) {
  const [row] = await db
    .select({ status: connectors.status })
    .from(connectors)
    .where(and(eq(connectors.stationId, stationId), eq(connectors.connectorId, connectorId)));
  return row?.status === status;
}
