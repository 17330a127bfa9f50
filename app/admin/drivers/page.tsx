import type { Metadata } from 'next';
import Link from 'next/link';
import { DriversTable } from '@/components/admin/drivers/drivers-table';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { ApiError } from '@/lib/api/api-error';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listDrivers } from '@/lib/drivers/list-drivers';

export const metadata: Metadata = { title: 'Drivers' };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export default async function DriversPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/drivers');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const params = await searchParams;
  const q = one(params.q).slice(0, 100);
  const cursor = one(params.cursor);
  const db = getDb();
  // A cursor that does not decode starts from the first page rather than failing the page.
  const page = await listDrivers(db, { q, cursor, limit: 50 }).catch((error: unknown) => {
    if (error instanceof ApiError) return listDrivers(db, { q, limit: 50 });
    throw error;
  });
  const search = (extra: Record<string, string>) =>
    new URLSearchParams({ ...(q ? { q } : {}), ...extra }).toString();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Drivers and RFID tags</h1>
        <Link
          href="/admin/drivers/local-list"
          className="text-brand-700 text-sm font-medium underline"
        >
          Local authorization list
        </Link>
      </div>
      <form method="get" action="/admin/drivers" role="search" className="flex gap-2">
        <label htmlFor="driver-search" className="sr-only">
          Search drivers
        </label>
        <input
          id="driver-search"
          name="q"
          defaultValue={q}
          placeholder="Name, email or tag"
          className="w-72 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white"
        >
          Search
        </button>
      </form>
      <DriversTable drivers={page.items} />
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {cursor && (
          <Link href={`/admin/drivers?${search({})}`} className="underline">
            First page
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={`/admin/drivers?${search({ cursor: page.nextCursor })}`}
            className="text-brand-700 font-medium underline"
          >
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
