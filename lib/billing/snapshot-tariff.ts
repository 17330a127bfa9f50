import type { Executor } from '@/db/client';
import type { TSessionTariffSnapshot } from '@/db/schema';
import { resolveTariff } from './resolve-tariff';

/**
 * The station's tariff as it is now, frozen for a session starting now: later edits to the
 * tariff never reprice a session already running or finished.
 */
export async function snapshotTariff(
  db: Executor,
  stationId: string,
): Promise<{ tariffId: string; tariffSnapshot: TSessionTariffSnapshot } | null> {
  const resolved = await resolveTariff(db, stationId);
  if (!resolved) return null;
  const { tariff, timeZone } = resolved;
  return {
    tariffId: tariff.id,
    tariffSnapshot: {
      currency: tariff.currency,
      energyPricePerMwh: tariff.energyPricePerMwh,
      timePricePerHour: tariff.timePricePerHour,
      sessionFee: tariff.sessionFee,
      idleFeePerHour: tariff.idleFeePerHour,
      idleGraceMinutes: tariff.idleGraceMinutes,
      vatBasisPoints: tariff.vatBasisPoints,
      bands: tariff.bands,
      timeZone,
    },
  };
}
