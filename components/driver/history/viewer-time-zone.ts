import { cookies } from 'next/headers';

/** The browser's IANA zone, written by <TimeZoneCookie> so server renders can use it. */
export const TIME_ZONE_COOKIE = 'chargedeck-tz';

export function isTimeZone(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone driver pages show times and group months in: `?tz=` when given (links and the CSV
 * carry it), else the browser's from its cookie, else UTC before the first visit sets it.
 */
export async function viewerTimeZone(fromQuery?: string | null): Promise<string> {
  if (isTimeZone(fromQuery)) return fromQuery;
  const fromCookie = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(fromCookie) ? fromCookie : 'UTC';
}
