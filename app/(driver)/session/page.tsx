import type { Metadata } from 'next';
import { Suspense } from 'react';
import { z } from 'zod';
import { TimeZoneCookie } from '@/components/driver/history/time-zone-cookie';
import { viewerTimeZone } from '@/components/driver/history/viewer-time-zone';
import { LiveSession } from '@/components/driver/session/live-session';
import { NoSession } from '@/components/driver/session/no-session';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getCurrentSessions } from '@/lib/drivers/get-current-sessions';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';

export const metadata: Metadata = { title: 'Current session' };

const ZSessionPageQuery = z.object({ id: z.uuid().optional().catch(undefined) });

/**
 * The driver's open requests and sessions; `?id=` keeps one on screen after it ended (the
 * stop and cancel actions land here) so its final numbers stay visible.
 */
async function CurrentSessions({ userId, shownId }: { userId: string; shownId?: string }) {
  const db = getDb();
  const viewer = { id: userId, role: 'driver' as const };
  const [current, shown, timeZone] = await Promise.all([
    getCurrentSessions(db, { driverId: userId }),
    shownId ? getSessionDetail(db, { id: shownId, viewer }) : null,
    viewerTimeZone(),
  ]);
  const sessions = shown && !current.some((s) => s.id === shown.id) ? [shown, ...current] : current;
  return (
    <>
      <TimeZoneCookie rendered={timeZone} />
      {sessions.length === 0 ? (
        <NoSession />
      ) : (
        <div className="space-y-4">
          {sessions.map((session) => (
            <LiveSession key={session.id} initial={session} timeZone={timeZone} />
          ))}
        </div>
      )}
    </>
  );
}

export default async function SessionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = ZSessionPageQuery.parse(await searchParams);
  const path = query.id ? `/session?id=${query.id}` : '/session';
  const { user } = await requireRole('driver', path);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">Your session</h1>
      <Suspense fallback={<SectionSkeleton rows={2} />}>
        <CurrentSessions userId={user.id} {...(query.id ? { shownId: query.id } : {})} />
      </Suspense>
    </div>
  );
}
