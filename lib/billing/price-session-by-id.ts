import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { meterValues, sessions } from '@/db/schema';
import type { TMeterSample } from './measure-usage';
import { liveCost, type TCostBreakdown, type TTariffPricing } from './price-session';
import { resolveTariff } from './resolve-tariff';

const REGISTER = 'Energy.Active.Import.Register';

/** Register readings in Wh; kWh readings are converted (OCPP allows either unit). */
async function registerSeries(db: Executor, sessionId: string, atMs: number) {
  const rows = await db
    .select({ at: meterValues.sampledAt, value: meterValues.value, unit: meterValues.unit })
    .from(meterValues)
    .where(
      and(
        eq(meterValues.sessionId, sessionId),
        eq(meterValues.measurand, REGISTER),
        // The total register only: per-phase rows would be counted as jumps of the total.
        isNull(meterValues.phase),
        or(isNull(meterValues.location), eq(meterValues.location, 'Outlet')),
        lte(meterValues.sampledAt, new Date(atMs)),
      ),
    )
    .orderBy(asc(meterValues.sampledAt));
  return rows.map((r) => ({
    at: r.at,
    wh: Math.round(r.unit === 'kWh' ? r.value * 1000 : r.value),
  }));
}

/**
 * Prices a session from what is stored: the tariff frozen when it started (else the one its
 * station resolves to now), the register series from meter_values plus meter start/stop, and the
 * charging → idle boundary the charger reported. `at` (default now) prices a running session
 * live; a stopped session is priced to its stop, so the receipt matches the final live cost.
 * Null when the session is unknown, has not started, or no tariff applies.
 */
export async function priceSessionById(
  db: Executor,
  sessionId: string,
  at: Date = new Date(),
): Promise<TCostBreakdown | null> {
  const [session] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!session?.startedAt || session.meterStartWh === null) return null;
  const resolved = await sessionTariff(db, session);
  if (!resolved) return null;
  const endedAt = session.stoppedAt ?? at;
  const samples: TMeterSample[] = [{ at: session.startedAt, wh: session.meterStartWh }];
  samples.push(...(await registerSeries(db, sessionId, endedAt.getTime())));
  if (session.stoppedAt && session.meterStopWh !== null) {
    samples.push({ at: session.stoppedAt, wh: session.meterStopWh });
  } else if (session.lastMeterAt && session.lastMeterWh !== null) {
    // The live reading is kept on the session before its batch of samples lands.
    samples.push({ at: session.lastMeterAt, wh: session.lastMeterWh });
  }
  return liveCost(
    resolved.tariff,
    resolved.timeZone,
    {
      startedAt: session.startedAt,
      endedAt,
      samples: samples.sort((a, b) => a.at.getTime() - b.at.getTime()),
      chargingEndedAt: session.chargingEndedAt,
    },
    at,
  );
}

async function sessionTariff(
  db: Executor,
  session: typeof sessions.$inferSelect,
): Promise<{ tariff: TTariffPricing; timeZone: string } | null> {
  if (session.tariffSnapshot) {
    const { timeZone, ...tariff } = session.tariffSnapshot;
    return { tariff, timeZone };
  }
  return resolveTariff(db, session.stationId);
}
