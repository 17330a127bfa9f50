import type { sessions } from '@/db/schema';

type TSessionMeter = Pick<
  typeof sessions.$inferSelect,
  'energyWh' | 'meterStartWh' | 'meterStopWh' | 'lastMeterWh'
>;

/** Sessions that count as "in progress" on a connector. */
export const IN_PROGRESS_SESSION_STATUSES = ['APPROVED', 'CHARGING'] as const;

/**
 * Energy delivered so far: the stored total once the writer has set it, or the meter movement
 * since the start while charging (the stored total may lag the latest reading).
 */
export function getSessionEnergyWh(session: TSessionMeter): number {
  const end = session.meterStopWh ?? session.lastMeterWh;
  const fromMeter =
    end !== null && session.meterStartWh !== null ? Math.max(0, end - session.meterStartWh) : 0;
  return Math.max(session.energyWh, fromMeter);
}
