import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { SiteForm } from '@/components/admin/sites/site-form';
import { SiteLoadPanel } from '@/components/admin/smart-charging/site-load-panel';
import { ZSiteId } from '@/components/admin/sites/site-form-data';
import { requireRole } from '@/lib/auth/current-user';
import { listTariffs } from '@/lib/billing/list-tariffs';
import { getDb } from '@/lib/db';
import { getSite } from '@/lib/sites/get-site';
import { listSiteStationIds } from '@/lib/sites/list-site-station-ids';
import { getSiteLoad } from '@/lib/smart-charging/load-management/get-site-load';

export const metadata: Metadata = { title: 'Edit site' };

export default async function SitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireRole('operator', `/admin/sites/${id}`);
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const siteId = ZSiteId.safeParse(id);
  if (!siteId.success) notFound();
  const db = getDb();
  const [site, tariffs, load, stationIds] = await Promise.all([
    getSite(db, siteId.data),
    listTariffs(db),
    getSiteLoad(db, siteId.data),
    listSiteStationIds(db, siteId.data),
  ]);
  if (!site || !load) notFound();
  return (
    <>
      <div>
        <Link href="/admin/sites" className="text-brand-700 text-sm underline">
          ← Sites
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{site.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {site.stationCount} station{site.stationCount === 1 ? '' : 's'} ·{' '}
          {site.latitude.toFixed(5)}, {site.longitude.toFixed(5)}
        </p>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <SiteForm site={site} tariffs={tariffs} />
      </section>
      <SiteLoadPanel
        siteId={site.id}
        stationIds={stationIds}
        initial={load}
        timeZone={site.timeZone}
      />
    </>
  );
}
