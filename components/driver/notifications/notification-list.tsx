'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetcher } from '@/components/hooks/fetcher';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import type { LiveEventType } from '@/lib/events/live-event';
import type { TNotification, TNotificationPage } from '@/lib/notifications/list-notifications';
import { NotificationItem } from './notification-item';

const SESSION_EVENTS: LiveEventType[] = ['session.started', 'session.updated', 'session.stopped'];

/**
 * The first page as the server rendered it, re-rendered on the driver's session events (the
 * database triggers write notifications with them), plus older pages on "Load more".
 */
export function NotificationList({
  initial,
  timeZone,
}: {
  initial: TNotificationPage;
  timeZone: string;
}) {
  const router = useRouter();
  const [older, setOlder] = useState<TNotification[]>([]);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set());
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useRevalidateOnEvents({ types: SESSION_EVENTS }, () => router.refresh());

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetcher<TNotificationPage>(
        `/api/v1/drivers/me/notifications?cursor=${encodeURIComponent(cursor)}`,
      );
      setOlder((shown) => [...shown, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not load more notifications');
    } finally {
      setLoading(false);
    }
  }

  const firstIds = new Set(initial.items.map((n) => n.id));
  const items = [...initial.items, ...older.filter((n) => !firstIds.has(n.id))].map((n) =>
    readIds.has(n.id) && n.readAt === null ? { ...n, readAt: new Date(0).toISOString() } : n,
  );
  const markRead = (id: string) => setReadIds((ids) => new Set([...ids, id]));
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {items.map((notification) => (
          <NotificationItem
            key={notification.id}
            notification={notification}
            timeZone={timeZone}
            onMarkRead={markRead}
          />
        ))}
      </ul>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {cursor && (
        <button
          type="button"
          onClick={() => void loadMore()}
          disabled={loading}
          className="block w-full rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        >
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
