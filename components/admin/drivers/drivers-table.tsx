import Link from 'next/link';
import type { TDriverListItem } from '@/lib/drivers/list-drivers';
import { TagStatusBadge } from './tag-status-badge';

const th = 'py-1.5 pr-3 font-medium';
const td = 'py-1.5 pr-3 align-top';

/** One server-rendered page of drivers with their vehicles and tags. */
export function DriversTable({ drivers }: { drivers: TDriverListItem[] }) {
  if (drivers.length === 0) return <p className="text-sm text-slate-500">No drivers found.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm" aria-label="Drivers">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className={th}>Driver</th>
            <th className={th}>Email</th>
            <th className={th}>Vehicles</th>
            <th className={th}>RFID tags</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {drivers.map((d) => (
            <tr key={d.id} data-testid={`driver-${d.id}`}>
              <td className={td}>
                <Link href={`/admin/drivers/${d.id}`} className="text-brand-700 underline">
                  {d.name}
                </Link>
              </td>
              <td className={td}>{d.email}</td>
              <td className={td}>
                {d.vehicles.map((v) => `${v.make} ${v.model}`).join(', ') || '—'}
              </td>
              <td className={`${td} flex flex-wrap gap-1`}>
                {d.tags.length === 0
                  ? '—'
                  : d.tags.map((t) => <TagStatusBadge key={t.id} {...t} />)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
