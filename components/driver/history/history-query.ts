import { z } from 'zod';
import { addDays, zonedWallTimeToUtc } from '@/lib/billing/zoned-time';
import type { TListSessionHistoryOptions } from '@/lib/drivers/list-session-history';

const ZDay = z.iso.date();

/** The /history page's URL: dates as the driver picks them (local days), ids, a city. */
export const ZHistoryPageQuery = z.object({
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
  vehicle: z.uuid().optional().catch(undefined),
  site: z.uuid().optional().catch(undefined),
  city: z.string().trim().min(1).max(120).optional().catch(undefined),
  cursor: z.string().min(1).optional().catch(undefined),
  tz: z.string().optional().catch(undefined),
});
export type THistoryPageQuery = z.infer<typeof ZHistoryPageQuery>;

function dayStart(day: string, timeZone: string, plusDays = 0): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(zonedWallTimeToUtc(addDays({ year, month, day: date }, plusDays), 0, timeZone));
}

/**
 * Page filters → what listSessionHistory and the API (load more, CSV) take: "from" is the
 * start of that day and "to" the end of that day (inclusive), in the driver's zone.
 */
export function historyFilters(query: THistoryPageQuery, timeZone: string) {
  const from = query.from ? dayStart(query.from, timeZone) : undefined;
  const to = query.to ? dayStart(query.to, timeZone, 1) : undefined;
  const options: Omit<TListSessionHistoryOptions, 'driverId' | 'cursor' | 'limit'> = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(query.vehicle ? { vehicleId: query.vehicle } : {}),
    ...(query.site ? { siteId: query.site } : {}),
    ...(query.city ? { city: query.city } : {}),
    timeZone,
  };
  const api = new URLSearchParams();
  if (from) api.set('from', from.toISOString());
  if (to) api.set('to', to.toISOString());
  if (query.vehicle) api.set('vehicleId', query.vehicle);
  if (query.site) api.set('siteId', query.site);
  if (query.city) api.set('city', query.city);
  api.set('timeZone', timeZone);
  return { options, apiQuery: api.toString() };
}
