import type { TConsoleSessionFilters } from '@/lib/sessions/console-session-filters';

const DAY_MS = 86_400_000;

/**
 * Filters back to URL params, so links (next page, export) keep them. Dates print as the day
 * the form shows: `to` is stored exclusive, so its day is the one before.
 */
export function consoleSessionSearch(
  filters: TConsoleSessionFilters,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status.join(','));
  if (filters.siteId) params.set('siteId', filters.siteId);
  if (filters.stationId) params.set('stationId', filters.stationId);
  if (filters.userId) params.set('userId', filters.userId);
  if (filters.from) params.set('from', filters.from.toISOString());
  if (filters.to) params.set('to', filters.to.toISOString());
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The day a date input shows for a filter bound. */
export function filterDay(date: Date | undefined, bound: 'from' | 'to'): string {
  if (!date) return '';
  const shown = bound === 'to' ? new Date(date.getTime() - DAY_MS) : date;
  return shown.toISOString().slice(0, 10);
}
