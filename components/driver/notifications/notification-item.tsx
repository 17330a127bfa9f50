import Link from 'next/link';
import { markReadAction } from '@/app/(driver)/notifications/actions';
import { formatDateTime } from '@/components/driver/session/session-format';
import type { TNotification } from '@/lib/notifications/list-notifications';

/** One notification; unread ones stand out (bold, accent bar, "Unread" for screen readers). */
export function NotificationItem({
  notification,
  timeZone,
  onMarkRead,
}: {
  notification: TNotification;
  timeZone: string;
  onMarkRead?: (id: string) => void;
}) {
  const unread = notification.readAt === null;
  return (
    <li
      className={`flex items-start gap-3 p-3 ${unread ? 'bg-brand-50 border-brand-600 border-l-4' : 'border-l-4 border-transparent'}`}
    >
      <div className="min-w-0 flex-1">
        <p className={unread ? 'font-semibold' : 'font-medium text-slate-800'}>
          {unread && <span className="sr-only">Unread: </span>}
          {notification.title}
        </p>
        <p className="text-sm text-slate-700">{notification.body}</p>
        <p className="mt-0.5 text-xs text-slate-600">
          {formatDateTime(notification.createdAt, timeZone)}
          {notification.sessionId && (
            <>
              {' · '}
              <Link
                href={`/history/${notification.sessionId}`}
                className="text-brand-700 underline"
              >
                View session
              </Link>
            </>
          )}
        </p>
      </div>
      {unread && (
        <form action={markReadAction} onSubmit={() => onMarkRead?.(notification.id)}>
          <input type="hidden" name="id" value={notification.id} />
          <button
            type="submit"
            className="rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-800 hover:bg-slate-50"
          >
            Mark read<span className="sr-only">: {notification.title}</span>
          </button>
        </form>
      )}
    </li>
  );
}
