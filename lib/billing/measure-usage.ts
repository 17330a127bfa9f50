import type { TTariffBand } from '@/db/schema/tariffs';
import { bandWindows, splitByBand } from './band-windows';

/** A register reading of Energy.Active.Import.Register, in Wh, at event time. */
export interface TMeterSample {
  at: Date;
  wh: number;
}

/**
 * What a session used, as far as it is known. `samples` include the meter start at `startedAt`
 * (and the meter stop at `endedAt` once stopped). `chargingEndedAt` is the charging → idle
 * boundary (SuspendedEV / Finishing); when absent, charging ends at the last energy increase.
 */
export interface TUsage {
  startedAt: Date;
  endedAt: Date;
  samples: readonly TMeterSample[];
  chargingEndedAt?: Date | null;
}

/** Exact (unrounded) quantities per band; key null = the tariff's base prices. */
export interface TMeasuredUsage {
  energyWhByBand: Map<number | null, number>;
  chargingMsByBand: Map<number | null, number>;
  chargingEndMs: number;
  idleMs: number;
}

function add(map: Map<number | null, number>, key: number | null, value: number) {
  if (value > 0) map.set(key, (map.get(key) ?? 0) + value);
}

/** Samples inside the session, in time order, with a register that never runs backwards. */
function cleanSamples(usage: TUsage): { ms: number; wh: number }[] {
  const startMs = usage.startedAt.getTime();
  const endMs = usage.endedAt.getTime();
  const inside = usage.samples
    .map((s) => ({ ms: s.at.getTime(), wh: s.wh }))
    .filter((s) => s.ms >= startMs && s.ms <= endMs)
    .sort((a, b) => a.ms - b.ms || a.wh - b.wh);
  let highest = -Infinity;
  return inside.map((s) => {
    highest = Math.max(highest, s.wh);
    return { ms: s.ms, wh: highest };
  });
}

function lastIncreaseMs(samples: readonly { ms: number; wh: number }[], fallback: number) {
  let at = fallback;
  for (let i = 1; i < samples.length; i++) {
    if (samples[i]!.wh > samples[i - 1]!.wh) at = samples[i]!.ms;
  }
  return at;
}

/**
 * Attributes energy and charging time to time-of-use bands. Energy between two readings is
 * spread evenly over the time between them (linear interpolation of the register), so a
 * session crossing a band boundary is split where the boundary falls.
 */
export function measureUsage(
  bands: readonly TTariffBand[],
  timeZone: string,
  usage: TUsage,
): TMeasuredUsage {
  const startMs = usage.startedAt.getTime();
  const endMs = Math.max(startMs, usage.endedAt.getTime());
  const samples = cleanSamples(usage);
  const windows = bandWindows(bands, timeZone, startMs, endMs);
  const energyWhByBand = new Map<number | null, number>();
  for (let i = 1; i < samples.length; i++) {
    const from = samples[i - 1]!;
    const to = samples[i]!;
    const deltaWh = to.wh - from.wh;
    if (deltaWh <= 0) continue;
    if (to.ms === from.ms) {
      add(energyWhByBand, splitByBand(windows, from.ms, from.ms + 1)[0]?.band ?? null, deltaWh);
      continue;
    }
    for (const piece of splitByBand(windows, from.ms, to.ms)) {
      add(
        energyWhByBand,
        piece.band,
        (deltaWh * (piece.endMs - piece.startMs)) / (to.ms - from.ms),
      );
    }
  }
  const boundary = usage.chargingEndedAt?.getTime() ?? lastIncreaseMs(samples, endMs);
  const chargingEndMs = Math.min(Math.max(boundary, startMs), endMs);
  const chargingMsByBand = new Map<number | null, number>();
  for (const piece of splitByBand(windows, startMs, chargingEndMs)) {
    add(chargingMsByBand, piece.band, piece.endMs - piece.startMs);
  }
  return { energyWhByBand, chargingMsByBand, chargingEndMs, idleMs: endMs - chargingEndMs };
}
