import { eq } from 'drizzle-orm';
import { afterAll } from 'vitest';
import type { z } from 'zod';
import { commands, stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import type {
  ZBulkChargingProfileResult,
  ZChargingProfileHistoryPage,
  ZChargingProfileResult,
  ZCompositeScheduleResult,
} from '@/lib/openapi/schemas/smart-charging';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { eventually, useOcppServer } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import type { TChargingProfile } from './charging-profile';

type TRoute = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** Answers one CALL: an object, a promise of one, or a thrown RPC error (a CALLERROR). */
type THandler = (call: { params?: unknown }) => object | Promise<object>;
/**
 * Every field any smart-charging response (or error) has, so tests read nested fields typed;
 * which ones a body really holds is what the tests assert.
 */
type TJsonBody = { error: { code: string; message: string; details: unknown } } & z.infer<
  typeof ZChargingProfileResult
> &
  z.infer<typeof ZCompositeScheduleResult> &
  z.infer<typeof ZBulkChargingProfileResult> &
  z.infer<typeof ZChargingProfileHistoryPage>;

/**
 * What the smart-charging route tests share: the web configuration pointed at the run's
 * database (with a 1 s command timeout), a real ocpp-server, and callers signed in per call
 * (writes are rate limited per user).
 */
export function useProfileApi() {
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;
  process.env.COMMAND_TIMEOUT_MS = '1000';
  const { db } = useTestDb();
  const ocpp = useOcppServer();
  afterAll(async () => {
    await (await getWebEventHub()).close();
    await closeDb();
  });

  return {
    db,
    ocpp,
    async call(
      route: TRoute,
      request: {
        method: string;
        url: string;
        params?: Record<string, string>;
        body?: unknown;
        role?: 'operator' | 'driver';
      },
    ) {
      const user = await aUser(db, { role: request.role ?? 'operator' });
      const { cookie } = await aSignedInCookie(db, user);
      const response = await route(
        new Request(`http://test.local${request.url}`, {
          method: request.method,
          headers: { cookie, 'content-type': 'application/json' },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        }),
        { params: Promise.resolve(request.params ?? {}) },
      );
      return {
        user,
        status: response.status,
        body: (await response.json()) as TJsonBody,
      };
    },
    /** A registered station whose charger (an ocpp-rpc client) answers with `handlers`. */
    async aChargerAnswering(
      handlers: Record<string, THandler>,
      overrides: Parameters<typeof aStation>[1] = {},
    ) {
      const station = await aStation(db, overrides);
      const client = await ocpp.connect(station);
      for (const [action, handler] of Object.entries(handlers)) {
        client.handle(action, async (call) => (await handler(call)) as Record<string, unknown>);
      }
      await eventually(async () => {
        const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
        return row?.connectionState === 'online';
      });
      return station;
    },
    commandsOf(stationId: string) {
      return db.select().from(commands).where(eq(commands.stationId, stationId));
    },
  };
}

/** A valid TxDefaultProfile in W, one or more periods. */
export function aTxDefaultProfile(overrides: Partial<TChargingProfile> = {}): TChargingProfile {
  return {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    chargingSchedule: {
      startSchedule: '2026-01-01T00:00:00Z',
      chargingRateUnit: 'W',
      chargingSchedulePeriod: [
        { startPeriod: 0, limit: 11_000 },
        { startPeriod: 3_600, limit: 7_400 },
      ],
    },
    ...overrides,
  };
}
