import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { markReadAction } from './actions';
import { TimeZoneCookie } from '@/components/driver/history/time-zone-cookie';
import { viewerTimeZone } from '@/components/driver/history/viewer-time-zone';
import { NotificationList } from '@/components/driver/notifications/notification-list';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listNotifications } from '@/lib/notifications/list-notifications';

export const metadata: Metadata = { title: 'Notifications' };

const PAGE_SIZE = 20;

async function NotificationsSection({ userId }: { userId: string }) {
  const [page, timeZone] = await Promise.all([
    listNotifications(getDb(), { userId, limit: PAGE_SIZE }),
    viewerTimeZone(),
  ]);
  return (
    <>
      <TimeZoneCookie rendered={timeZone} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700" aria-live="polite">
          {page.unreadCount === 0 ? 'All read.' : `${page.unreadCount} unread`}
        </p>
        {page.unreadCount > 0 && (
          <form action={markReadAction}>
            <input type="hidden" name="all" value="yes" />
            <button
              type="submit"
              className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              Mark all read
            </button>
          </form>
        )}
      </div>
      {page.items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          Nothing yet. You hear from us here when a request is approved, a session starts or ends,
          or your place in a queue changes.{' '}
          <Link href="/" className="text-brand-700 underline">
            Find a charger
          </Link>
        </div>
      ) : (
        <NotificationList
          key={`${page.unreadCount}|${page.items[0]?.id ?? ''}`}
          initial={page}
          timeZone={timeZone}
        />
      )}
    </>
  );
}

export default async function NotificationsPage() {
  const { user } = await requireRole('driver', '/notifications');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <Suspense fallback={<SectionSkeleton />}>
        <NotificationsSection userId={user.id} />
      </Suspense>
    </div>
  );
}
