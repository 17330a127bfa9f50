/** About 6 A on one phase: below this most cars stop charging anyway (IEC 61851 minimum). */
export const DEFAULT_MINIMUM_W = 1_380;
/** A car must draw this far below its grant, for this long, before its surplus goes to others. */
export const UNDER_DRAW_RATIO = 0.9;
export const UNDER_DRAW_MIN_GAP_W = 500;
export const RAMP_MS = 30_000;
/** Headroom left to an under-drawing car so it can show that it wants more. */
export const UNDER_DRAW_MARGIN_W = 1_000;

export interface TAllocationSession {
  sessionId: string;
  /** min(connector rating, car maximum when known). */
  maxW: number;
  /** The measured draw, null when unknown (no reading since the grant). */
  drawW: number | null;
  startedAt: number;
  /** What the charger currently enforces for it (the last accepted grant), if anything. */
  grantedW?: number | null;
  /** When that grant took effect; the car is judged only after RAMP_MS from it. */
  grantedAt?: number | null;
}

export interface TAllocationInput {
  limitW: number;
  sessions: TAllocationSession[];
  /** Below this a session is paused (0) rather than given an unusable share; 0 turns it off. */
  minimumW?: number;
  /** For the ramp check; defaults to the latest start or grant seen, i.e. "no ramp elapsed". */
  now?: number;
  rampMs?: number;
}

export type TAllocationReason = 'fair_share' | 'max_power' | 'under_drawing' | 'paused';

export interface TAllocation {
  sessionId: string;
  allocatedW: number;
  reason: TAllocationReason;
}

/** Whether a car draws well below what it was granted, after it had time to ramp up. */
export function isUnderDrawing(
  session: Pick<TAllocationSession, 'drawW' | 'grantedW' | 'grantedAt' | 'startedAt'>,
  now: number,
  rampMs = RAMP_MS,
): boolean {
  const { drawW, grantedW } = session;
  if (drawW === null || grantedW === null || grantedW === undefined) return false;
  const since = Math.max(session.startedAt, session.grantedAt ?? session.startedAt);
  if (now - since < rampMs) return false;
  return drawW < UNDER_DRAW_RATIO * grantedW && grantedW - drawW > UNDER_DRAW_MIN_GAP_W;
}

/**
 * Shares a site's limit fairly (water-filling): everyone gets the same share, except that no one
 * gets more than their cap (connector/car maximum, or draw + margin for a car that draws well
 * below its grant); what a capped session cannot use is shared among the others. Integer W,
 * floored, so the sum never exceeds the limit.
 *
 * When the limit cannot give every session `minimumW`, the sessions that started last are paused
 * (0 W) until it can: a few usable shares beat many shares too small to charge with.
 */
export function allocateSiteLimit(input: TAllocationInput): TAllocation[] {
  const limitW = Math.max(0, Math.floor(input.limitW));
  const minimumW = Math.max(0, input.minimumW ?? 0);
  const now =
    input.now ?? Math.max(0, ...input.sessions.map((s) => Math.max(s.startedAt, s.grantedAt ?? 0)));
  const byStart = [...input.sessions].sort(
    (a, b) => a.startedAt - b.startedAt || a.sessionId.localeCompare(b.sessionId),
  );

  const capped = byStart.map((session) => {
    const maxW = Math.max(0, Math.floor(session.maxW));
    if (isUnderDrawing(session, now, input.rampMs) && session.drawW !== null) {
      const capW = Math.min(maxW, Math.max(0, Math.floor(session.drawW)) + UNDER_DRAW_MARGIN_W);
      return { session, capW, reason: capW < maxW ? 'under_drawing' : 'max_power' } as const;
    }
    return { session, capW: maxW, reason: 'max_power' } as const;
  });

  // Admit sessions in start order while each can still be given its minimum.
  let needed = 0;
  const admitted: typeof capped = [];
  const paused: typeof capped = [];
  for (const entry of capped) {
    const need = Math.min(minimumW, entry.capW);
    if (paused.length === 0 && needed + need <= limitW) {
      needed += need;
      admitted.push(entry);
    } else {
      paused.push(entry);
    }
  }

  const allocations = new Map<string, TAllocation>();
  let remainingW = limitW;
  const ascending = [...admitted].sort((a, b) => a.capW - b.capW);
  ascending.forEach((entry, index) => {
    const shareW = Math.floor(remainingW / (ascending.length - index));
    const allocatedW = Math.min(entry.capW, shareW);
    remainingW -= allocatedW;
    const reason = allocatedW < entry.capW ? 'fair_share' : entry.reason;
    allocations.set(entry.session.sessionId, {
      sessionId: entry.session.sessionId,
      allocatedW,
      reason,
    });
  });
  for (const { session } of paused) {
    allocations.set(session.sessionId, {
      sessionId: session.sessionId,
      allocatedW: 0,
      reason: 'paused',
    });
  }
  return input.sessions.map((session) => allocations.get(session.sessionId)!);
}
