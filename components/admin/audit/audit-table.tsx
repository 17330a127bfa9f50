import Link from 'next/link';
import type { TAuditListItem } from '@/lib/audit/list-audit-log';

function targetHref(entry: TAuditListItem): string | null {
  if (!entry.targetId) return null;
  if (entry.targetType === 'station') return `/admin/stations/${entry.targetId}`;
  if (entry.targetType === 'site') return `/admin/sites/${entry.targetId}`;
  return null;
}

/** One page of the audit log; the actor links to that actor's entries. */
export function AuditTable({ entries }: { entries: TAuditListItem[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No entries match.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">When (UTC)</th>
            <th className="px-3 py-2">Who</th>
            <th className="px-3 py-2">Action</th>
            <th className="px-3 py-2">Target</th>
            <th className="px-3 py-2">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = targetHref(entry);
            const target = `${entry.targetType}${entry.targetId ? ` ${entry.targetId}` : ''}`;
            return (
              <tr key={entry.id} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  {entry.createdAt.toISOString().slice(0, 19).replace('T', ' ')}
                </td>
                <td className="px-3 py-2">
                  {entry.actorEmail ? (
                    <Link
                      href={`/admin/audit?actor=${encodeURIComponent(entry.actorEmail)}`}
                      className="text-brand-700 underline"
                    >
                      {entry.actorEmail}
                    </Link>
                  ) : (
                    <span className="text-slate-500">system</span>
                  )}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
                <td className="px-3 py-2 text-xs">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {target}
                    </Link>
                  ) : (
                    target
                  )}
                </td>
                <td className="max-w-md px-3 py-2 font-mono text-xs break-all text-slate-600">
                  {JSON.stringify(entry.details)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
