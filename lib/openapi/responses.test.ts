import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chargingProfiles,
  commands,
  connectors,
  reservations,
  stationConfiguration,
  stations,
} from '@/db/schema';
import { closeDb } from '@/lib/db';
import { aSite, aStation, aUser, anIdTag } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import {
  aChargingSession,
  aSignedInCookie,
  anOcppMessage,
  TEST_NEXTAUTH_SECRET,
} from '@/test/web-builders';
import type { TEndpoint } from './endpoint';
import { API_ENDPOINTS } from './endpoints';
import { ZApiErrorBody } from './schemas/common';

// The routes read the web process's configuration: point them at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

type TRoute = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The route module serving an endpoint, from its path template. */
async function handlerFor(endpoint: TEndpoint): Promise<TRoute> {
  const dir = endpoint.path.replace(/\{(\w+)\}/g, '[$1]').replace(/^\//, '');
  const mod = (await import(path.join(ROOT, 'app', dir, 'route.ts'))) as Record<string, TRoute>;
  const handler = mod[endpoint.method];
  if (!handler) throw new Error(`${endpoint.path} exports no ${endpoint.method}`);
  return handler;
}

/** A station with something in every record the station endpoints list. */
async function aFullyRecordedStation() {
  const user = await aUser(db, { role: 'operator' });
  const site = await aSite(db);
  const station = await aStation(db, { siteId: site.id });
  await db
    .update(stations)
    .set({ registrationStatus: 'Accepted', connectionState: 'online', lastSeenAt: new Date() })
    .where(eq(stations.id, station.id));
  const session = await aChargingSession(db, { stationId: station.id });
  const tag = await anIdTag(db, { userId: user.id });
  await anOcppMessage(db, { stationId: station.id, identity: station.identity });
  const [command] = await db
    .insert(commands)
    .values({
      stationId: station.id,
      action: 'Reset',
      request: { type: 'Soft' },
      requestedBy: user.id,
    })
    .returning();
  await db
    .insert(stationConfiguration)
    .values({ stationId: station.id, key: 'HeartbeatInterval', value: '300' });
  const [{ id: reservationId }] = (await db.execute(
    sql`select nextval('reservation_id_seq')::int as id`,
  )) as unknown as [{ id: number }];
  await db.insert(reservations).values({
    id: reservationId,
    stationId: station.id,
    connectorId: 1,
    idTag: 'RFID-1',
    expiresAt: new Date(Date.now() + 3_600_000),
    commandId: command!.id,
  });
  await db.insert(chargingProfiles).values({
    stationId: station.id,
    connectorId: 0,
    chargingProfileId: 1,
    stackLevel: 0,
    purpose: 'TxDefaultProfile',
    kind: 'Absolute',
    profile: { chargingSchedule: { chargingRateUnit: 'W', chargingSchedulePeriod: [] } },
  });
  const [connector] = await db
    .select({ id: connectors.id })
    .from(connectors)
    .where(eq(connectors.stationId, station.id))
    .limit(1);
  return {
    user,
    station,
    ids: { site: site.id, session: session.id, tag: tag.id, connector: connector!.id },
  };
}

const jsonGets = API_ENDPOINTS.filter(
  (e) =>
    e.method === 'GET' && (e.response.contentType ?? 'application/json') === 'application/json',
);

describe('documented responses', () => {
  let cookie = '';
  const idFor: Record<string, string> = {};
  beforeAll(async () => {
    const { user, station, ids } = await aFullyRecordedStation();
    Object.assign(idFor, {
      stations: station.id,
      'charging-points': station.id,
      sites: ids.site,
      sessions: ids.session,
      'id-tags': ids.tag,
      connectors: ids.connector,
    });
    ({ cookie } = await aSignedInCookie(db, user));
  });

  /** The fixture row an endpoint's `{id}` names, by the resource the path starts with. */
  const fixtureId = (endpoint: TEndpoint) => {
    const resource = endpoint.path.split('/')[3] ?? '';
    const id = idFor[resource];
    if (!id) throw new Error(`no fixture for ${endpoint.path}`);
    return id;
  };

  /** `{driverId}` is the signed-in caller (`me`) unless a test names an unknown id. */
  const pathParams = (endpoint: TEndpoint, id?: string): Record<string, string> => {
    const params: Record<string, string> = {};
    for (const match of endpoint.path.matchAll(/\{(\w+)\}/g)) {
      const name = match[1] ?? '';
      params[name] = id ?? (name === 'driverId' ? 'me' : fixtureId(endpoint));
    }
    return params;
  };

  const call = async (endpoint: TEndpoint, init: { cookie?: string; id?: string } = {}) => {
    const handler = await handlerFor(endpoint);
    const headers = init.cookie ? { cookie: init.cookie } : undefined;
    const response = await handler(new Request(`http://test.local${endpoint.path}`, { headers }), {
      params: Promise.resolve(pathParams(endpoint, init.id)),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it.each(jsonGets.map((e) => [e.operationId, e] as const))(
    '%s answers 200 with a body matching its documented schema',
    async (_, endpoint) => {
      const { status, body } = await call(endpoint, { cookie });
      expect(status).toBe(200);
      const parsed = endpoint.response.schema.safeParse(body);
      expect(parsed.error).toBeUndefined();
      // zod strips unknown keys: equality means no field goes out undocumented.
      expect(parsed.data).toEqual(body);
    },
  );

  it('fills the station lists, so the schemas were checked against real rows', async () => {
    for (const suffix of [
      'logs',
      'commands',
      'configuration',
      'reservations',
      'charging-profiles',
    ]) {
      const endpoint = jsonGets.find((e) => e.path === `/api/v1/stations/{id}/${suffix}`)!;
      const { body } = await call(endpoint, { cookie });
      expect((body as { items: unknown[] }).items, suffix).toHaveLength(1);
    }
  });

  it('answers the documented error shape and statuses when signed out or for unknown ids', async () => {
    for (const endpoint of jsonGets.filter((e) => e.auth.kind !== 'public')) {
      const signedOut = await call(endpoint);
      expect(signedOut.status, endpoint.operationId).toBe(401);
      expect(ZApiErrorBody.safeParse(signedOut.body).error).toBeUndefined();
      if (!endpoint.params) continue;
      const unknown = await call(endpoint, { cookie, id: UNKNOWN_ID });
      expect(unknown.status, endpoint.operationId).toBe(404);
      expect(ZApiErrorBody.safeParse(unknown.body).error).toBeUndefined();
    }
  });
});
