import type { Clock } from './clock';

/**
 * Named timers on a clock. Scheduling a name again replaces the previous timer, and
 * `clearAll()` leaves nothing behind, which is what lets `close()` end with no open handles.
 */
export class TimerSet {
  private readonly handles = new Map<string, ReturnType<typeof setTimeout>>();
  private anonymous = 0;

  constructor(private readonly clock: Clock) {}

  /** Runs `fn` once after `ms`. Without a name, the timer can only be cleared by `clearAll()`. */
  after(ms: number, fn: () => void, name = `#${++this.anonymous}`): void {
    this.clear(name);
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(name);
      fn();
    }, ms);
    this.handles.set(name, handle);
  }

  /** Runs `fn` every `ms` until cleared; the next run is scheduled only after `fn` returns. */
  every(ms: number, fn: () => void, name: string): void {
    this.clear(name);
    const tick = () => {
      const current = this.handles.get(name);
      fn();
      // fn may have cleared or rescheduled this name; only an untouched timer repeats.
      if (this.handles.get(name) !== current) return;
      this.handles.set(name, this.clock.setTimeout(tick, ms));
    };
    this.handles.set(name, this.clock.setTimeout(tick, ms));
  }

  has(name: string): boolean {
    return this.handles.has(name);
  }

  clear(name: string): void {
    const handle = this.handles.get(name);
    if (handle === undefined) return;
    this.clock.clearTimeout(handle);
    this.handles.delete(name);
  }

  clearAll(): void {
    for (const handle of this.handles.values()) this.clock.clearTimeout(handle);
    this.handles.clear();
  }
}
