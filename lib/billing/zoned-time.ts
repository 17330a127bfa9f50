/** Time-zone arithmetic on Intl alone: offsets are read from the zone's own calendar. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface TLocalDate {
  year: number;
  month: number;
  day: number;
}

/** The wall clock of `timeZone` at `ms`, as if it were UTC (so date arithmetic stays simple). */
function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** The zone's UTC offset in ms at instant `ms` (+3 600 000 for CET). */
export function utcOffsetMs(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) - (ms - (((ms % 1000) + 1000) % 1000));
}

export function localDateOf(ms: number, timeZone: string): TLocalDate {
  const wall = new Date(wallClockMs(ms, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: TLocalDate): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function addDays(date: TLocalDate, days: number): TLocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/**
 * The instant a local wall time happens. A time skipped by spring-forward (02:30 in Berlin on
 * the last Sunday of March) maps to the same reading after the shift (03:30); a time that
 * happens twice at fall-back maps to its first occurrence.
 */
export function zonedWallTimeToUtc(date: TLocalDate, minuteOfDay: number, timeZone: string) {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * 60_000;
  const before = wall - utcOffsetMs(wall - 86_400_000 / 2, timeZone);
  if (wallClockMs(before, timeZone) === wall) return before;
  const after = wall - utcOffsetMs(wall + 86_400_000 / 2, timeZone);
  if (wallClockMs(after, timeZone) === wall) return after;
  // In the spring-forward gap: read the wall time with the offset from before the shift.
  return before;
}
