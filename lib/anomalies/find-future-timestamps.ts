import type { AnomalyInput } from './record-anomaly';

export interface ClockCheck {
  /** When the message arrived (server clock). */
  receivedAt: Date;
  /** How far ahead of arrival a charger's timestamp may be before it is flagged. */
  maxSkewS: number;
}

/**
 * A `future_timestamp` anomaly when any of a message's timestamps is more than the allowed skew
 * ahead of its arrival (the charger's clock is wrong; the value is still stored as sent). One
 * anomaly per message, naming the furthest timestamp.
 */
export function findFutureTimestamps(
  stationId: string,
  action: string,
  timestamps: Date[],
  clock: ClockCheck,
): AnomalyInput[] {
  const limit = clock.receivedAt.getTime() + clock.maxSkewS * 1000;
  const furthest = timestamps.reduce<Date | null>(
    (max, at) => (!Number.isNaN(at.getTime()) && (!max || at > max) ? at : max),
    null,
  );
  if (!furthest || furthest.getTime() <= limit) return [];
  const aheadS = Math.round((furthest.getTime() - clock.receivedAt.getTime()) / 1000);
  return [
    {
      stationId,
      kind: 'future_timestamp',
      message: `${action} timestamp ${furthest.toISOString()} is ${aheadS} s ahead of its arrival`,
      details: {
        action,
        timestamp: furthest.toISOString(),
        receivedAt: clock.receivedAt.toISOString(),
        aheadS,
      },
    },
  ];
}
