'use client';

import { useState } from 'react';
import { fetcher } from '@/components/hooks/fetcher';
import type { THistoryMonth, TSessionHistory } from '@/lib/drivers/list-session-history';
import { HistoryMonth } from './history-month';

/** Appends a page's months, joining a month cut by the page boundary (its totals are whole). */
function mergeMonths(shown: THistoryMonth[], next: THistoryMonth[]): THistoryMonth[] {
  const merged = [...shown];
  for (const month of next) {
    const last = merged.at(-1);
    if (last?.month === month.month) {
      merged[merged.length - 1] = { ...last, items: [...last.items, ...month.items] };
    } else merged.push(month);
  }
  return merged;
}

/**
 * The months the server rendered, then more on "Load more" (a link to the next page's URL, so
 * it also works before JavaScript loads). The page remounts this when filters change.
 */
export function HistoryList({
  initial,
  apiQuery,
  pageQuery,
  timeZone,
}: {
  initial: TSessionHistory;
  /** The same filters for the API (ISO instants) and for this page's own URL. */
  apiQuery: string;
  pageQuery: string;
  timeZone: string;
}) {
  const [months, setMonths] = useState(initial.months);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetcher<TSessionHistory>(
        `/api/v1/drivers/me/sessions/history?${apiQuery}&cursor=${encodeURIComponent(cursor)}`,
      );
      setMonths((shown) => mergeMonths(shown, page.months));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not load more sessions');
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="space-y-6">
      {months.map((month) => (
        <HistoryMonth key={month.month} month={month} timeZone={timeZone} />
      ))}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {cursor && (
        <a
          href={`/history?${pageQuery}${pageQuery ? '&' : ''}cursor=${encodeURIComponent(cursor)}`}
          onClick={(event) => {
            event.preventDefault();
            void loadMore();
          }}
          aria-disabled={loading}
          className="block rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {loading ? 'Loading…' : 'Load more'}
        </a>
      )}
    </div>
  );
}
