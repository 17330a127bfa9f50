import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AlertForm } from '@/components/admin/alerts/alert-form';
import { AlertsTable } from '@/components/admin/alerts/alerts-table';
import { PageLinks } from '@/components/admin/audit/page-links';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { ZAlertStateFilter } from '@/lib/alerts/alert-requests';
import { listAlerts, ZAlertCursor } from '@/lib/alerts/list-alerts';
import { decodeCursor } from '@/lib/api/cursor';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listSites } from '@/lib/sites/list-sites';

export const metadata: Metadata = { title: 'Alerts' };

const ZSearch = z.object({
  state: ZAlertStateFilter.catch('all'),
  cursor: z.string().optional().catch(undefined),
});

const TABS = [
  ['all', 'All'],
  ['active', 'In effect now'],
  ['scheduled', 'Scheduled'],
  ['expired', 'Expired'],
] as const;

export default async function AlertsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/alerts');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { state, cursor } = ZSearch.parse(await searchParams);
  let position;
  try {
    position = decodeCursor(ZAlertCursor, cursor);
  } catch {
    position = undefined; // A mangled cursor in the URL starts over rather than failing the page.
  }
  const db = getDb();
  // The site picker shows the first 200 sites by name; larger networks target by station.
  const [page, sites] = await Promise.all([
    listAlerts(db, { state, cursor: position, limit: 25 }),
    listSites(db, { limit: 200 }),
  ]);
  const siteNames = new Map(sites.items.map((site) => [site.id, site.name]));
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Alerts</h1>
        <p className="mt-1 text-sm text-slate-600">
          Broadcasts drivers see on the dashboard and charger pages, from their effective time until
          they expire.
        </p>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="mb-3 text-lg font-semibold">New alert</h2>
        <AlertForm sites={sites.items.map(({ id, name }) => ({ id, name }))} />
      </section>
      <nav aria-label="Alert state" className="flex gap-2 text-sm">
        {TABS.map(([value, label]) => (
          <Link
            key={value}
            href={value === 'all' ? '/admin/alerts' : `/admin/alerts?state=${value}`}
            aria-current={state === value ? 'page' : undefined}
            className="rounded-lg border border-slate-200 px-3 py-1 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
          >
            {label}
          </Link>
        ))}
      </nav>
      <AlertsTable alerts={page.items} siteNames={siteNames} />
      <PageLinks
        path="/admin/alerts"
        params={{ state: state === 'all' ? undefined : state, cursor }}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
