import type { Metadata } from 'next';
import { z } from 'zod';
import { PageLinks } from '@/components/admin/audit/page-links';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SiteForm } from '@/components/admin/sites/site-form';
import { SitesTable } from '@/components/admin/sites/sites-table';
import { inputClass } from '@/components/admin/tariffs/form-status';
import { decodeCursor } from '@/lib/api/cursor';
import { requireRole } from '@/lib/auth/current-user';
import { listTariffs } from '@/lib/billing/list-tariffs';
import { getDb } from '@/lib/db';
import { listSites, ZSiteCursor } from '@/lib/sites/list-sites';

export const metadata: Metadata = { title: 'Sites' };

const ZSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  cursor: z.string().optional().catch(undefined),
});

const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

export default async function SitesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/sites');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { q, cursor } = ZSearch.parse(await searchParams);
  const db = getDb();
  let position;
  try {
    position = decodeCursor(ZSiteCursor, cursor);
  } catch {
    position = undefined; // A mangled cursor in the URL starts over rather than failing the page.
  }
  const [page, tariffs] = await Promise.all([
    listSites(db, { q: q || undefined, cursor: position, limit: 25 }),
    listTariffs(db),
  ]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Sites</h1>
        <p className="mt-1 text-sm text-slate-600">
          Where stations stand: address, coordinates, time zone (receipts and time-of-use tariffs
          use it), amenities, default tariff and grid connection limit.
        </p>
      </div>
      <form role="search" className="flex gap-2">
        <label htmlFor="site-q" className="sr-only">
          Search sites
        </label>
        <input
          id="site-q"
          name="q"
          defaultValue={q}
          placeholder="Name, city or address"
          className={`${inputClass} max-w-sm`}
        />
        <button type="submit" className="rounded-lg border border-slate-300 px-3 text-sm">
          Search
        </button>
      </form>
      <SitesTable sites={page.items} />
      <PageLinks path="/admin/sites" params={{ q, cursor }} nextCursor={page.nextCursor} />
      <details className={card}>
        <summary className="cursor-pointer text-lg font-semibold">New site</summary>
        <div className="mt-3">
          <SiteForm tariffs={tariffs} />
        </div>
      </details>
    </>
  );
}
