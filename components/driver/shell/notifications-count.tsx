import { cache } from 'react';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { getDb } from '@/lib/db';
import { countUnread } from '@/lib/notifications/count-unread';
import { UnreadBadge } from './unread-badge';

/** Once per request, though the badge shows in both the top bar and the phone's bottom bar. */
const unreadCountOf = cache((userId: string) => countUnread(getDb(), { userId }));

/** The unread-notification count beside "Notifications" (nothing when all are read). */
export async function NotificationsCount({ user }: { user: TSessionUser }) {
  return <UnreadBadge count={await unreadCountOf(user.id)} />;
}
