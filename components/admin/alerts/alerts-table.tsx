import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import type { TAlertState, TOperatorAlert } from '@/lib/alerts/alert';
import { AlertRowActions } from './alert-row-actions';

const STATE_BADGE: Record<TAlertState, { tone: 'green' | 'blue' | 'grey'; label: string }> = {
  active: { tone: 'green', label: 'In effect' },
  scheduled: { tone: 'blue', label: 'Scheduled' },
  expired: { tone: 'grey', label: 'Expired' },
};

function audience(alert: TOperatorAlert, siteNames: Map<string, string>): string {
  const parts = [];
  if (alert.siteIds.length > 0) {
    parts.push(`Sites: ${alert.siteIds.map((id) => siteNames.get(id) ?? id).join(', ')}`);
  }
  if (alert.stationIds.length > 0) parts.push(`${alert.stationIds.length} station(s)`);
  return parts.join(' · ') || 'Everyone';
}

/** One page of alerts with their state now and the actions that still apply. */
export function AlertsTable({
  alerts,
  siteNames,
}: {
  alerts: TOperatorAlert[];
  siteNames: Map<string, string>;
}) {
  if (alerts.length === 0) return <p className="text-sm text-slate-600">No alerts here.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">Alert</th>
            <th className="px-3 py-2">State</th>
            <th className="px-3 py-2">Effective</th>
            <th className="px-3 py-2">Expires</th>
            <th className="px-3 py-2">Shown to</th>
            <th className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr
              key={alert.id}
              className="border-t border-slate-100"
              data-testid={`alert-${alert.id}`}
            >
              <td className="px-3 py-2">
                <p className="font-medium">
                  {alert.title} <span className="text-xs text-slate-500">{alert.severity}</span>
                </p>
                <p className="text-xs text-slate-600">{alert.message}</p>
              </td>
              <td className="px-3 py-2">
                <Badge tone={STATE_BADGE[alert.state].tone}>{STATE_BADGE[alert.state].label}</Badge>
              </td>
              <td className="px-3 py-2">{formatTimestamp(alert.effectiveAt)}</td>
              <td className="px-3 py-2">
                {alert.expiresAt ? formatTimestamp(alert.expiresAt) : '—'}
              </td>
              <td className="px-3 py-2 text-slate-600">{audience(alert, siteNames)}</td>
              <td className="px-3 py-2">
                <AlertRowActions id={alert.id} title={alert.title} state={alert.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
