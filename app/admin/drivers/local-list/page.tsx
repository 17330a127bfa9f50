import type { Metadata } from 'next';
import { LocalListForm } from '@/components/admin/drivers/local-list-form';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listLocalListStations } from '@/lib/local-list/list-local-list-stations';
import { listConsoleSessionFilterOptions } from '@/lib/sessions/console-session-filter-options';

export const metadata: Metadata = { title: 'Local authorization list' };

const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

export default async function LocalListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireRole('operator', '/admin/drivers/local-list');
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  const { siteId: rawSite } = await searchParams;
  const db = getDb();
  const { sites } = await listConsoleSessionFilterOptions(db, {});
  const siteId = sites.find((s) => s.id === rawSite)?.id;
  const stations = await listLocalListStations(db, { siteId });
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Local authorization list</h1>
        <p className="mt-1 text-sm text-slate-600">
          Chargers check tags on this list while offline. Differential sends the tags issued or
          changed since the station’s last accepted list; a station without one gets the full list.
        </p>
      </div>
      <section className={card} aria-labelledby="push">
        <h2 id="push" className="mb-3 font-semibold">
          Send
        </h2>
        <LocalListForm sites={sites} stations={stations.items} />
      </section>
      <section className={card} aria-labelledby="versions">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="versions" className="font-semibold">
            List version per station
          </h2>
          <form method="get" className="flex items-end gap-2 text-sm">
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              Site
              <select
                name="siteId"
                defaultValue={siteId ?? ''}
                className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                <option value="">All sites</option>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5">
              Show
            </button>
          </form>
        </div>
        <table className="w-full text-left text-sm" aria-label="Station list versions">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3 font-medium">Station</th>
              <th className="py-1 pr-3 font-medium">Site</th>
              <th className="py-1 pr-3 font-medium">Connection</th>
              <th className="py-1 font-medium">List version</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stations.items.map((s) => (
              <tr key={s.id} data-testid={`local-list-station-${s.identity}`}>
                <td className="py-1 pr-3 font-mono">{s.identity}</td>
                <td className="py-1 pr-3">{s.siteName ?? '—'}</td>
                <td className="py-1 pr-3">{s.connectionState}</td>
                <td className="py-1 tabular-nums">{s.localListVersion ?? 'unknown'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {stations.truncated && (
          <p className="mt-2 text-xs text-slate-500">
            The first {stations.items.length} stations by identity: choose a site to see the rest.
          </p>
        )}
      </section>
    </>
  );
}
