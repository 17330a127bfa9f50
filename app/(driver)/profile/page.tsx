import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { Badge } from '@/components/ui/badge';
import { SectionSkeleton } from '@/components/ui/skeleton';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import { listIdTags } from '@/lib/id-tags/list-id-tags';

export const metadata: Metadata = { title: 'Profile' };

const cardClass = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

async function IdTagList({ userId }: { userId: string }) {
  // The driver's own tags, even for an operator (whose scope would be everyone's).
  const { items } = await listIdTags(getDb(), {
    viewer: { id: userId, role: 'driver' },
    userId,
    limit: 100,
  });
  if (items.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No RFID card is linked to your account yet. The operator can issue one.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100" data-testid="id-tags">
      {items.map((tag) => (
        <li key={tag.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span>
            <span className="font-mono">{tag.idTag}</span>
            {tag.label && <span className="text-slate-600"> · {tag.label}</span>}
            {tag.expiresAt && (
              <span className="text-slate-500"> · expires {tag.expiresAt.slice(0, 10)}</span>
            )}
          </span>
          <Badge tone={tag.status === 'Accepted' ? 'green' : 'amber'}>{tag.status}</Badge>
        </li>
      ))}
    </ul>
  );
}

export default async function ProfilePage() {
  const { user } = await requireRole('driver', '/profile');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Profile</h1>
      <section aria-labelledby="account" className={cardClass}>
        <h2 id="account" className="font-semibold">
          Account
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">Name</dt>
          <dd data-testid="profile-name">{user.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd className="break-all" data-testid="profile-email">
            {user.email}
          </dd>
          <dt className="text-slate-500">Role</dt>
          <dd className="capitalize">{user.role}</dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <SignOutButton />
          {hasRole(user.role, 'operator') && (
            <Link href="/admin" className="text-brand-700 text-sm font-medium underline">
              Operator console
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="rfid" className={cardClass}>
        <h2 id="rfid" className="mb-2 font-semibold">
          RFID cards
        </h2>
        <Suspense fallback={<SectionSkeleton rows={1} />}>
          <IdTagList userId={user.id} />
        </Suspense>
      </section>
      <p className="text-sm text-slate-600">
        Your cars are under{' '}
        <Link href="/vehicles" className="text-brand-700 underline">
          Vehicles
        </Link>
        .
      </p>
    </div>
  );
}
