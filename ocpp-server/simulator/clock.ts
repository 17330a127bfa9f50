/**
 * Simulated time. Everything the charge point schedules or stamps goes through a clock, so a
 * test can run the charger faster than real time and still get self-consistent meter values
 * (energy = power × elapsed, measured on the charger's own timestamps).
 */
export interface Clock {
  /** Milliseconds since the epoch, in simulated time. */
  now(): number;
  /** Runs `fn` after `ms` of simulated time. */
  setTimeout(fn: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
}

/**
 * A clock that runs `speed` times faster than the wall clock, starting at the current time.
 * `speed: 1` is real time.
 */
export function createClock({ speed = 1 }: { speed?: number } = {}): Clock {
  if (!(speed > 0) || !Number.isFinite(speed)) {
    throw new Error(`clock speed must be a positive number, got ${speed}`);
  }
  const origin = Date.now();
  return {
    now: () => (speed === 1 ? Date.now() : origin + (Date.now() - origin) * speed),
    setTimeout: (fn, ms) => setTimeout(fn, Math.max(0, ms / speed)),
    clearTimeout: (handle) => clearTimeout(handle),
  };
}

export const realClock: Clock = createClock();
