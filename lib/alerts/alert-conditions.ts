import { and, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alerts } from '@/db/schema';
import type { TAlertState } from './alert';

/** The alerts in a state at `now` (see alertStateAt, its row-by-row twin). */
export function alertsInState(state: TAlertState, now: Date): SQL {
  switch (state) {
    case 'scheduled':
      return gt(alerts.effectiveAt, now);
    case 'expired':
      return lte(alerts.expiresAt, now);
    case 'active':
      return and(
        lte(alerts.effectiveAt, now),
        or(isNull(alerts.expiresAt), gt(alerts.expiresAt, now)),
      )!;
  }
}

/** No targets: the alert is for everyone. */
export const isGlobalAlert = sql`(cardinality(${alerts.siteIds}) = 0 and cardinality(${alerts.stationIds}) = 0)`;
