/**
 * The arithmetic of every console KPI, kept pure so it is unit-tested on hand-made numbers; the
 * SQL only counts and sums. Ratios are null when their denominator is zero (no data is not 0 %).
 */

const DAY_MS = 86_400_000;

/** Answers that mean the charger did what was asked (Scheduled and RebootRequired included). */
export const ACCEPTING_OCPP_STATUSES = ['Accepted', 'Unlocked', 'Scheduled', 'RebootRequired'];

/** Answers that mean the charger refused (counted as "rejected" among the errors). */
export const REFUSING_OCPP_STATUSES = ['Rejected', 'UnlockFailed', 'NotSupported'];

/** part ÷ whole as a share in [0, 1], or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Command success: answered with an accepting status ÷ all finished commands. */
export function commandSuccessRate(accepted: number, finished: number): number | null {
  return ratio(accepted, finished);
}

/** Session completion: COMPLETED + STOPPED ÷ sessions that started charging. */
export function sessionCompletionRate(completed: number, started: number): number | null {
  return ratio(completed, started);
}

/** A mean from a SQL sum and count. */
export function average(total: number, count: number): number | null {
  return count > 0 ? total / count : null;
}

/** Events per 100 sessions (unlock requests per 100 sessions). */
export function per100(events: number, sessions: number): number | null {
  return sessions > 0 ? (events / sessions) * 100 : null;
}

/** Milliseconds [start, stop] shares with [from, to]; 0 when they do not meet. */
export function overlapMs(start: Date, stop: Date, from: Date, to: Date): number {
  const begin = Math.max(start.getTime(), from.getTime());
  const end = Math.min(stop.getTime(), to.getTime());
  return Math.max(0, end - begin);
}

/** Share of the range a connector was occupied, capped at 1 (overlapping sessions on bad data). */
export function utilisationShare(occupiedMs: number, rangeMs: number): number | null {
  if (rangeMs <= 0) return null;
  return Math.min(1, Math.max(0, occupiedMs / rangeMs));
}

/** Every UTC day (YYYY-MM-DD) from `from` up to, not including, `to`. */
export function utcDays(from: Date, to: Date): string[] {
  const days: string[] = [];
  const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  for (let t = first; t < to.getTime(); t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** One value per day of the range, zero where SQL found no row. */
export function fillDays(
  from: Date,
  to: Date,
  rows: { day: string; energyWh: number }[],
): { day: string; energyWh: number }[] {
  const byDay = new Map(rows.map((r) => [r.day, r.energyWh]));
  return utcDays(from, to).map((day) => ({ day, energyWh: byDay.get(day) ?? 0 }));
}

/** Start of the UTC day / month holding `now`. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function startOfUtcMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** Wh delivered in a 15-minute bucket → the average kW over it. */
export function quarterHourWhToKw(wh: number): number {
  return (wh * 4) / 1000;
}

/**
 * The 96 quarter-hours ending at the one holding `now`, each with its average kW; buckets SQL
 * found nothing in are zero so the chart's time axis has no gaps.
 */
export function fillQuarterHours(
  now: Date,
  rows: { bucketStart: Date; energyWh: number }[],
): { at: string; kw: number }[] {
  const step = 15 * 60_000;
  const last = Math.floor(now.getTime() / step) * step;
  const byStart = new Map(rows.map((r) => [r.bucketStart.getTime(), r.energyWh]));
  const points: { at: string; kw: number }[] = [];
  for (let t = last - 95 * step; t <= last; t += step) {
    points.push({ at: new Date(t).toISOString(), kw: quarterHourWhToKw(byStart.get(t) ?? 0) });
  }
  return points;
}
