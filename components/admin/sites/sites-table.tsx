import Link from 'next/link';
import type { TSite } from '@/lib/sites/site-view';

function gridLimit(site: TSite): string {
  return site.gridLimitW === null ? 'none' : `${(site.gridLimitW / 1000).toLocaleString('en')} kW`;
}

/** One page of sites; the name links to the edit page. */
export function SitesTable({ sites }: { sites: TSite[] }) {
  if (sites.length === 0) return <p className="text-sm text-slate-600">No sites match.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">Site</th>
            <th className="px-3 py-2">Address</th>
            <th className="px-3 py-2">Time zone</th>
            <th className="px-3 py-2">Stations</th>
            <th className="px-3 py-2">Grid limit</th>
            <th className="px-3 py-2">Amenities</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id} className="border-t border-slate-100" data-testid={`site-${site.id}`}>
              <td className="px-3 py-2 font-medium">
                <Link href={`/admin/sites/${site.id}`} className="text-brand-700 underline">
                  {site.name}
                </Link>
              </td>
              <td className="px-3 py-2">
                {site.address}, {site.postalCode ? `${site.postalCode} ` : ''}
                {site.city}, {site.country}
              </td>
              <td className="px-3 py-2">{site.timeZone}</td>
              <td className="px-3 py-2">{site.stationCount}</td>
              <td className="px-3 py-2">{gridLimit(site)}</td>
              <td className="px-3 py-2 text-slate-600">{site.amenities.join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
