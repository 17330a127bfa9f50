import type { TTariffBand } from '@/db/schema/tariffs';
import { addDays, isoWeekday, localDateOf, zonedWallTimeToUtc } from './zoned-time';

/** One occurrence of a band in absolute time: [startMs, endMs). */
export interface TBandWindow {
  band: number;
  startMs: number;
  endMs: number;
}

export function minuteOfDay(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Every occurrence of every band overlapping [fromMs, toMs], in the site's time zone. */
export function bandWindows(
  bands: readonly TTariffBand[],
  timeZone: string,
  fromMs: number,
  toMs: number,
): TBandWindow[] {
  if (bands.length === 0) return [];
  const windows: TBandWindow[] = [];
  // Start a day early: yesterday's 22:00–06:00 band may still run at fromMs.
  const last = localDateOf(toMs, timeZone);
  for (let date = addDays(localDateOf(fromMs, timeZone), -1); ; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    bands.forEach((band, index) => {
      if (!band.days.includes(weekday)) return;
      const from = minuteOfDay(band.from);
      const to = minuteOfDay(band.to);
      const startMs = zonedWallTimeToUtc(date, from, timeZone);
      const endMs = zonedWallTimeToUtc(to > from ? date : addDays(date, 1), to, timeZone);
      if (endMs > fromMs && startMs < toMs) windows.push({ band: index, startMs, endMs });
    });
    if (date.year === last.year && date.month === last.month && date.day === last.day) break;
  }
  return windows;
}

/** The band in force at `ms`: the first band listed wins where bands overlap; null = base. */
export function bandAt(windows: readonly TBandWindow[], ms: number): number | null {
  let found: number | null = null;
  for (const window of windows) {
    if (ms >= window.startMs && ms < window.endMs && (found === null || window.band < found)) {
      found = window.band;
    }
  }
  return found;
}

/** Splits [fromMs, toMs) into pieces with one band each (null = base prices). */
export function splitByBand(
  windows: readonly TBandWindow[],
  fromMs: number,
  toMs: number,
): { band: number | null; startMs: number; endMs: number }[] {
  const cuts = new Set<number>([fromMs, toMs]);
  for (const window of windows) {
    if (window.startMs > fromMs && window.startMs < toMs) cuts.add(window.startMs);
    if (window.endMs > fromMs && window.endMs < toMs) cuts.add(window.endMs);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: { band: number | null; startMs: number; endMs: number }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const startMs = sorted[i]!;
    const endMs = sorted[i + 1]!;
    pieces.push({ band: bandAt(windows, startMs), startMs, endMs });
  }
  return pieces;
}
