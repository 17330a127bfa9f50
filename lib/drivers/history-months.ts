import { localDateOf, zonedWallTimeToUtc } from '@/lib/billing/zoned-time';

/** `YYYY-MM` of the instant in the zone. */
export function monthOf(date: Date, timeZone: string): string {
  const local = localDateOf(date.getTime(), timeZone);
  return `${local.year}-${String(local.month).padStart(2, '0')}`;
}

/** The month's bounds as instants: [its first midnight, the next month's) in the zone. */
export function monthRange(month: string, timeZone: string): { start: Date; end: Date } {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  const next = index === 12 ? { year: year + 1, month: 1 } : { year, month: index + 1 };
  return {
    start: new Date(zonedWallTimeToUtc({ year, month: index, day: 1 }, 0, timeZone)),
    end: new Date(zonedWallTimeToUtc({ ...next, day: 1 }, 0, timeZone)),
  };
}
