function partsOf(date: Date, timeZone: string, locale: string): Record<string, string> {
  const parts: Record<string, string> = {};
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/**
 * "2026-03-01 11:00:00 CET": the instant on the zone's wall clock with the zone's abbreviation.
 * US English knows American abbreviations, British English European ones; elsewhere Intl gives
 * "GMT+9", which is still exact.
 */
export function formatZonedTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const us = partsOf(date, timeZone, 'en-US');
  const gb = partsOf(date, timeZone, 'en-GB');
  const named = [us.timeZoneName, gb.timeZoneName].find((name) => name && !/^GMT[+-]/.test(name));
  const zone = named ?? us.timeZoneName ?? timeZone;
  return `${us.year}-${us.month}-${us.day} ${us.hour}:${us.minute}:${us.second} ${zone}`;
}
