import { describe, expect, it } from 'vitest';
import {
  allocateSiteLimit,
  RAMP_MS,
  UNDER_DRAW_MARGIN_W,
  type TAllocationSession,
} from './allocate-site-limit';

const car = (
  sessionId: string,
  startedAt: number,
  extra: Partial<TAllocationSession> = {},
): TAllocationSession => ({ sessionId, maxW: 22_000, drawW: null, startedAt, ...extra });

const watts = (allocations: ReturnType<typeof allocateSiteLimit>) =>
  Object.fromEntries(allocations.map((a) => [a.sessionId, a.allocatedW]));

describe('allocateSiteLimit', () => {
  it('gives everyone an equal share of the limit', () => {
    const result = allocateSiteLimit({
      limitW: 30_000,
      sessions: [car('a', 1), car('b', 2), car('c', 3)],
    });
    expect(watts(result)).toEqual({ a: 10_000, b: 10_000, c: 10_000 });
    expect(result.every((a) => a.reason === 'fair_share')).toBe(true);
  });

  it('floors shares so the sum stays under the limit', () => {
    const result = allocateSiteLimit({
      limitW: 10_000,
      sessions: [car('a', 1), car('b', 2), car('c', 3)],
    });
    expect(result.map((a) => a.allocatedW)).toEqual([3_333, 3_333, 3_334]);
  });

  it('caps a session at its maximum and shares the rest among the others', () => {
    const result = allocateSiteLimit({
      limitW: 30_000,
      sessions: [car('a', 1, { maxW: 3_700 }), car('b', 2), car('c', 3)],
    });
    expect(watts(result)).toEqual({ a: 3_700, b: 13_150, c: 13_150 });
    expect(result.find((a) => a.sessionId === 'a')?.reason).toBe('max_power');
  });

  it('gives everyone their maximum when the limit is generous', () => {
    const result = allocateSiteLimit({ limitW: 100_000, sessions: [car('a', 1), car('b', 2)] });
    expect(watts(result)).toEqual({ a: 22_000, b: 22_000 });
  });

  it('redistributes what an under-drawing car does not use, once it had time to ramp', () => {
    const sessions = [
      car('a', 0, { drawW: 7_000, grantedW: 15_000, grantedAt: 0 }),
      car('b', 0, { drawW: 15_000, grantedW: 15_000, grantedAt: 0 }),
    ];
    const ramped = allocateSiteLimit({ limitW: 30_000, sessions, now: RAMP_MS });
    expect(watts(ramped)).toEqual({ a: 7_000 + UNDER_DRAW_MARGIN_W, b: 22_000 });
    expect(ramped[0]?.reason).toBe('under_drawing');

    const justGranted = allocateSiteLimit({ limitW: 30_000, sessions, now: RAMP_MS - 1 });
    expect(watts(justGranted)).toEqual({ a: 15_000, b: 15_000 });
  });

  it('does not call a car limited by its own grant under-drawing', () => {
    const result = allocateSiteLimit({
      limitW: 30_000,
      sessions: [
        car('a', 0, { drawW: 9_800, grantedW: 10_000, grantedAt: 0 }),
        car('b', 0, { drawW: 10_000, grantedW: 10_000, grantedAt: 0 }),
      ],
      now: 10 * RAMP_MS,
    });
    expect(watts(result)).toEqual({ a: 15_000, b: 15_000 });
  });

  it('pauses the latest-started sessions when the limit cannot give everyone the minimum', () => {
    const result = allocateSiteLimit({
      limitW: 4_000,
      minimumW: 1_380,
      sessions: [car('late', 3), car('early', 1), car('middle', 2)],
    });
    expect(watts(result)).toEqual({ early: 2_000, middle: 2_000, late: 0 });
    expect(result[0]).toMatchObject({ sessionId: 'late', reason: 'paused' });
  });

  it('gives nothing when the limit is 0', () => {
    const result = allocateSiteLimit({ limitW: 0, sessions: [car('a', 1)], minimumW: 1_380 });
    expect(result).toEqual([{ sessionId: 'a', allocatedW: 0, reason: 'paused' }]);
  });

  it('never grants more than the limit or a cap, and admitted sessions get their minimum (random)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round += 1) {
      const limitW = Math.floor(random() * 80_000);
      const minimumW = random() < 0.5 ? 0 : 1_380;
      const sessions = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) =>
        car(`s${i}`, Math.floor(random() * 10), {
          maxW: Math.floor(random() * 50_000),
          drawW: random() < 0.3 ? null : Math.floor(random() * 22_000),
          grantedW: random() < 0.3 ? null : Math.floor(random() * 22_000),
          grantedAt: 0,
        }),
      );
      const result = allocateSiteLimit({ limitW, sessions, minimumW, now: RAMP_MS * 2 });
      const total = result.reduce((sum, a) => sum + a.allocatedW, 0);
      expect(total).toBeLessThanOrEqual(limitW);
      result.forEach((allocation, i) => {
        const session = sessions[i]!;
        expect(allocation.sessionId).toBe(session.sessionId);
        expect(Number.isInteger(allocation.allocatedW)).toBe(true);
        expect(allocation.allocatedW).toBeGreaterThanOrEqual(0);
        expect(allocation.allocatedW).toBeLessThanOrEqual(session.maxW);
        if (
          allocation.reason !== 'paused' &&
          minimumW > 0 &&
          allocation.reason !== 'under_drawing'
        ) {
          expect(allocation.allocatedW).toBeGreaterThanOrEqual(Math.min(minimumW, session.maxW));
        }
      });
      // Nothing is left on the table while someone is held below their cap by the share.
      const starved = result.some((a) => a.reason === 'fair_share');
      if (starved) expect(limitW - total).toBeLessThan(sessions.length);
    }
  });
});
