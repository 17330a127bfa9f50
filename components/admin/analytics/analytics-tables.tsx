import { formatKwh } from '@/components/ui/format';
import type { TAnalytics } from '@/lib/analytics/get-analytics';
import { percent } from './analytics-kpis';

const th = 'px-2 py-1.5 text-left font-medium text-slate-600';
const td = 'px-2 py-1.5 tabular-nums';

export function CommandSuccessTable({ analytics }: { analytics: TAnalytics }) {
  const rows = analytics.commandSuccess.byAction;
  if (rows.length === 0)
    return <p className="text-sm text-slate-500">No commands in this range.</p>;
  return (
    <table className="w-full text-sm" data-testid="command-success-table">
      <thead className="border-b border-slate-200">
        <tr>
          <th className={th}>Action</th>
          <th className={th}>Finished</th>
          <th className={th}>Accepted</th>
          <th className={th}>Success</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.action}>
            <td className="px-2 py-1.5">{row.action}</td>
            <td className={td}>{row.finished}</td>
            <td className={td}>{row.accepted}</td>
            <td className={td}>{percent(row.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EnergyPerSiteTable({ analytics }: { analytics: TAnalytics }) {
  const rows = analytics.energy.perSite;
  if (rows.length === 0) return <p className="text-sm text-slate-500">No energy in this range.</p>;
  return (
    <table className="w-full text-sm" data-testid="energy-per-site-table">
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.siteId ?? 'none'}>
            <td className="px-2 py-1.5">{row.siteName ?? 'No site'}</td>
            <td className={`${td} text-right`}>{formatKwh(row.energyWh)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CountList({ title, rows }: { title: string; rows: { name: string; count: number }[] }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">None.</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm">
          {rows.map((row) => (
            <li key={row.name} className="flex justify-between gap-2">
              <span>{row.name}</span>
              <span className="tabular-nums">{row.count}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Errors by type: what chargers reported, how commands failed, what data quality found. */
export function ErrorsByType({ analytics }: { analytics: TAnalytics }) {
  const { errors } = analytics;
  return (
    <div className="grid gap-4 sm:grid-cols-3" data-testid="errors-by-type">
      <CountList
        title="Charger errors (StatusNotification)"
        rows={errors.chargerErrors.map((e) => ({ name: e.code, count: e.count }))}
      />
      <CountList
        title="Commands"
        rows={Object.entries(errors.commands).map(([name, count]) => ({ name, count }))}
      />
      <CountList
        title="Anomalies"
        rows={errors.anomalies.map((a) => ({ name: a.kind, count: a.count }))}
      />
    </div>
  );
}
