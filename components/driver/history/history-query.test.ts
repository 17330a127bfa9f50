import { describe, expect, it } from 'vitest';
import { historyFilters, ZHistoryPageQuery } from './history-query';

describe('historyFilters', () => {
  it('turns local days into an inclusive range of instants in the driver’s zone', () => {
    const query = ZHistoryPageQuery.parse({
      from: '2025-03-01',
      to: '2025-03-31',
      city: ' Berlin ',
    });
    const { options, apiQuery } = historyFilters(query, 'Europe/Berlin');
    expect(options).toEqual({
      from: new Date('2025-02-28T23:00:00.000Z'),
      to: new Date('2025-03-31T22:00:00.000Z'),
      city: 'Berlin',
      timeZone: 'Europe/Berlin',
    });
    expect(new URLSearchParams(apiQuery).get('to')).toBe('2025-03-31T22:00:00.000Z');
    expect(new URLSearchParams(apiQuery).get('timeZone')).toBe('Europe/Berlin');
  });

  it('drops malformed values instead of failing the page', () => {
    const query = ZHistoryPageQuery.parse({ from: 'yesterday', vehicle: 'x', site: ['a', 'b'] });
    expect(historyFilters(query, 'UTC').options).toEqual({ timeZone: 'UTC' });
  });
});
