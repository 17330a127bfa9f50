import type { stationConnectionEvents } from '@/db/schema';

type TConnectionState = (typeof stationConnectionEvents.$inferSelect)['state'];

export interface TConnectionEvent {
  state: TConnectionState;
  at: Date;
}

export interface TUptimeDay {
  /** Start of the day (UTC), ISO. */
  day: string;
  /** Share of the day's elapsed time (up to 'now' for today) spent online, 0..1. */
  share: number;
  onlineMs: number;
  totalMs: number;
}

export interface TUptime {
  days: TUptimeDay[];
  /** Online share of the whole window, 0..1. */
  overall: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Milliseconds online inside [from, to), given the events sorted by time and the state before
 * the first of them (events at or before `from` replay into the state at `from`).
 */
function onlineMsBetween(
  from: number,
  to: number,
  initial: TConnectionState,
  events: TConnectionEvent[],
): number {
  let state = initial;
  let cursor = from;
  let online = 0;
  for (const event of events) {
    const at = event.at.getTime();
    if (at <= from) {
      state = event.state;
      continue;
    }
    if (at >= to) break;
    if (state === 'online') online += at - cursor;
    cursor = at;
    state = event.state;
  }
  if (state === 'online') online += to - cursor;
  return online;
}

/**
 * Online time per UTC day from `from` (a day start) to `to` ('now'). `initial` is the state
 * the station was in at `from`: the last event before the window (offline if none).
 */
export function computeUptime(options: {
  from: Date;
  to: Date;
  initial: TConnectionState;
  events: TConnectionEvent[];
}): TUptime {
  const events = [...options.events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const end = options.to.getTime();
  const days: TUptimeDay[] = [];
  let onlineTotal = 0;
  let total = 0;
  for (let start = options.from.getTime(); start < end; start += DAY_MS) {
    const stop = Math.min(start + DAY_MS, end);
    const onlineMs = onlineMsBetween(start, stop, options.initial, events);
    const totalMs = stop - start;
    days.push({ day: new Date(start).toISOString(), share: onlineMs / totalMs, onlineMs, totalMs });
    onlineTotal += onlineMs;
    total += totalMs;
  }
  return { days, overall: total === 0 ? 0 : onlineTotal / total };
}
