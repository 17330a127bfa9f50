import { utcOffsetMs } from '@/lib/billing/zoned-time';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant as ISO 8601 local time with that zone's offset ("2026-03-01T11:00:00+01:00"),
 * or with Z in UTC, so a spreadsheet shows the driver's own clock yet the value is exact.
 */
export function formatZonedIso(date: Date, timeZone: string): string {
  const offset = timeZone === 'UTC' ? 0 : utcOffsetMs(date.getTime(), timeZone);
  const local = new Date(date.getTime() + offset).toISOString().slice(0, 19);
  if (offset === 0 && timeZone === 'UTC') return `${local}Z`;
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
