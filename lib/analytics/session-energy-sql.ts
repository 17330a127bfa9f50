import { sql } from 'drizzle-orm';

/**
 * A session's energy in SQL, the same rule as getSessionEnergyWh: the stored total, or the meter
 * movement so far while charging (the total is written at the stop). Needs the alias `s`.
 */
export const SESSION_ENERGY_WH = sql.raw(
  `greatest(s.energy_wh, coalesce(coalesce(s.meter_stop_wh, s.last_meter_wh) - s.meter_start_wh, 0), 0)`,
);

/** Sessions that really charged: the ones energy, completion and utilisation count. */
export const CHARGED_STATUSES = sql.raw(`('CHARGING', 'COMPLETED', 'STOPPED')`);

/** `and st.site_id = …` when a site is chosen; needs the alias `st` for stations. */
export function siteFilter(siteId: string | undefined) {
  return siteId ? sql`and st.site_id = ${siteId}` : sql``;
}

/** A timestamptz parameter (raw SQL through drizzle does not serialise Date objects). */
export function at(instant: Date) {
  return sql`${instant.toISOString()}::timestamptz`;
}
