import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, sites } from '@/db/schema';
import { snapshotTariff } from '@/lib/billing/snapshot-tariff';
import { finalizeSessionCost } from '@/lib/sessions/finalize-session-cost';
import { aSite, aStation, aTariff } from '@/test/builders';

type TSite = typeof sites.$inferSelect;

/** A site with a tariff (0.30 EUR/kWh + 19 % VAT unless overridden) and one station. */
export async function aPricedStation(
  db: Executor,
  options: {
    site?: Partial<typeof sites.$inferInsert>;
    tariff?: Parameters<typeof aTariff>[1] | null;
  } = {},
) {
  const tariff = options.tariff === null ? null : await aTariff(db, options.tariff ?? {});
  const site: TSite = await aSite(db, { tariffId: tariff?.id ?? null, ...options.site });
  const station = await aStation(db, { siteId: site.id });
  return { site, station, tariff };
}

/**
 * A finished session for the driver, priced by the real tariff engine as a stop would price it:
 * `energyWh` delivered between `startedAt` and `startedAt + minutes`.
 */
export async function aFinishedSession(
  db: Executor,
  options: {
    userId: string;
    stationId: string;
    startedAt: Date;
    minutes?: number;
    energyWh?: number;
    status?: 'COMPLETED' | 'STOPPED' | 'FAILED';
    vehicleId?: string;
    stopReason?: string;
  },
) {
  const energyWh = options.energyWh ?? 10_000;
  const stoppedAt = new Date(options.startedAt.getTime() + (options.minutes ?? 60) * 60_000);
  const priced = await snapshotTariff(db, options.stationId);
  const [row] = await db
    .insert(sessions)
    .values({
      stationId: options.stationId,
      connectorId: 2,
      userId: options.userId,
      status: options.status ?? 'COMPLETED',
      startedAt: options.startedAt,
      stoppedAt,
      meterStartWh: 1_000,
      meterStopWh: 1_000 + energyWh,
      energyWh,
      stopReason: options.stopReason ?? 'EVDisconnected',
      vehicleId: options.vehicleId ?? null,
      ...(priced ?? {}),
    })
    .returning();
  await finalizeSessionCost(db, row!.id);
  const [session] = await db.select().from(sessions).where(eq(sessions.id, row!.id));
  return session!;
}
