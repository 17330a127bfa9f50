import { describe, expect, it } from 'vitest';
import { computeUptime, DAY_MS } from './uptime-intervals';

const from = new Date('2026-03-01T00:00:00Z');
const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

describe('computeUptime', () => {
  it('counts a station online all along when the last event before the window was online', () => {
    const uptime = computeUptime({
      from,
      to: new Date(from.getTime() + 2 * DAY_MS),
      initial: 'online',
      events: [],
    });
    expect(uptime.days.map((d) => d.share)).toEqual([1, 1]);
    expect(uptime.overall).toBe(1);
  });

  it('splits an online interval across midnight and ends the last day at now', () => {
    const uptime = computeUptime({
      from,
      to: at('2026-03-02T12:00:00Z'),
      initial: 'offline',
      events: [
        { state: 'online', at: at('2026-03-01T18:00:00Z') },
        { state: 'offline', at: at('2026-03-02T06:00:00Z') },
      ],
    });
    expect(uptime.days).toHaveLength(2);
    expect(uptime.days[0]).toMatchObject({ onlineMs: 6 * HOUR, totalMs: 24 * HOUR, share: 0.25 });
    expect(uptime.days[1]).toMatchObject({ onlineMs: 6 * HOUR, totalMs: 12 * HOUR, share: 0.5 });
    expect(uptime.overall).toBeCloseTo(12 / 36);
  });

  it('stays online until now when the last event is online, and ignores repeated states', () => {
    const uptime = computeUptime({
      from,
      to: at('2026-03-01T10:00:00Z'),
      initial: 'offline',
      events: [
        { state: 'online', at: at('2026-03-01T02:00:00Z') },
        { state: 'online', at: at('2026-03-01T03:00:00Z') },
        { state: 'offline', at: at('2026-03-01T04:00:00Z') },
        { state: 'online', at: at('2026-03-01T08:00:00Z') },
      ],
    });
    expect(uptime.days[0]!.onlineMs).toBe(4 * HOUR);
    expect(uptime.overall).toBeCloseTo(0.4);
  });

  it('is zero for a station never seen online', () => {
    const uptime = computeUptime({
      from,
      to: at('2026-03-03T00:00:00Z'),
      initial: 'offline',
      events: [],
    });
    expect(uptime.days.map((d) => d.share)).toEqual([0, 0]);
    expect(uptime.overall).toBe(0);
  });

  it('sorts events given out of order', () => {
    const uptime = computeUptime({
      from,
      to: at('2026-03-01T04:00:00Z'),
      initial: 'offline',
      events: [
        { state: 'offline', at: at('2026-03-01T03:00:00Z') },
        { state: 'online', at: at('2026-03-01T01:00:00Z') },
      ],
    });
    expect(uptime.days[0]!.onlineMs).toBe(2 * HOUR);
  });
});
