import { describe, expect, it } from 'vitest';
import { rangeDays, toAnalyticsRange, ZAnalyticsSearch } from './analytics-search';

const NOW = new Date('2026-03-31T15:00:00Z');

describe('analytics URL filters', () => {
  it('defaults to the last 30 days up to now', () => {
    const range = toAnalyticsRange(ZAnalyticsSearch.parse({}), NOW);
    expect(range.from.toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect(range.to).toEqual(NOW);
  });

  it('takes whole UTC days, the last one inclusive but never past now', () => {
    const past = toAnalyticsRange(
      ZAnalyticsSearch.parse({ from: '2026-03-01', to: '2026-03-02' }),
      NOW,
    );
    expect([past.from.toISOString(), past.to.toISOString()]).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ]);
    expect(rangeDays(past)).toEqual({ from: '2026-03-01', to: '2026-03-02' });
    const today = toAnalyticsRange(
      ZAnalyticsSearch.parse({ from: '2026-03-30', to: '2026-03-31' }),
      NOW,
    );
    expect(today.to).toEqual(NOW);
  });

  it('ignores malformed values and reversed ranges', () => {
    const search = ZAnalyticsSearch.parse({ from: 'soon', siteId: 'x', to: '2026-02-30x' });
    expect(search).toEqual({ from: undefined, to: undefined, siteId: undefined });
    const reversed = toAnalyticsRange(
      ZAnalyticsSearch.parse({ from: '2026-03-20', to: '2026-03-10' }),
      NOW,
    );
    expect(reversed.to).toEqual(NOW);
  });
});
