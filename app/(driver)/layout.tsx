import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { AlertRegion } from '@/components/driver/alerts/alert-region';
import { BottomNav } from '@/components/driver/shell/bottom-nav';
import { DriverHeader } from '@/components/driver/shell/driver-header';
import { NotificationsCount } from '@/components/driver/shell/notifications-count';
import { getCurrentUser } from '@/lib/auth/current-user';

/** The driver shell: chrome only; each page checks sign-in itself (layouts do not re-render). */
export default async function DriverLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // Streams in on its own, so the shell never waits for the count.
  const badge = user ? (
    <Suspense fallback={null}>
      <NotificationsCount user={user} />
    </Suspense>
  ) : null;
  return (
    <div className={`min-h-dvh ${user ? 'pb-20 sm:pb-0' : ''}`}>
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-30"
      >
        Skip to content
      </a>
      <DriverHeader user={user} notificationsBadge={badge} />
      <Suspense fallback={null}>
        <AlertRegion userId={user?.id ?? null} />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      {user && <BottomNav notificationsBadge={badge} />}
    </div>
  );
}
