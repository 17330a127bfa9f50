import Link from 'next/link';
import { Suspense } from 'react';
import { PublicChargers } from '@/components/public/public-chargers';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { getCurrentUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import { listPublicChargers } from '@/lib/stations/list-public-chargers';

async function ChargersSection() {
  return <PublicChargers initial={await listPublicChargers(getDb())} />;
}

export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-4">
            <span className="text-brand-700 text-lg font-semibold">Chargedeck</span>
            <Link
              href="/docs"
              className="text-sm text-slate-600 hover:text-slate-900 hover:underline"
            >
              API docs
            </Link>
          </div>
          {user && hasRole(user.role, 'operator') ? (
            <Link href="/admin" className="text-brand-700 text-sm font-medium hover:underline">
              Operator console
            </Link>
          ) : user ? (
            <span className="text-sm text-slate-600">Signed in as {user.name}</span>
          ) : (
            <Link
              href="/login?callbackUrl=%2F"
              className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
            >
              Sign in
            </Link>
          )}
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-semibold">Chargers</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Live availability at every site.</p>
        <Suspense fallback={<SectionSkeleton />}>
          <ChargersSection />
        </Suspense>
      </main>
    </div>
  );
}
