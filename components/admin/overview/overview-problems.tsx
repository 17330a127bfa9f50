import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import type { TOverview } from '@/lib/analytics/get-overview';

function Panel({
  title,
  more,
  children,
}: {
  title: string;
  more: { href: string; label: string } | null;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        {more && (
          <Link href={more.href} className="text-brand-700 text-sm hover:underline">
            {more.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

const empty = (text: string) => <p className="mt-3 text-sm text-slate-500">{text}</p>;

/** The latest anomalies and failed commands, each linking to its station's page. */
export function OverviewProblems({ overview }: { overview: TOverview }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Panel
        title="Latest anomalies"
        more={{ href: '/admin/data-quality', label: 'All anomalies' }}
      >
        {overview.anomalies.length === 0 && empty('No anomalies recorded.')}
        <ul className="mt-2 divide-y divide-slate-100" data-testid="overview-anomalies">
          {overview.anomalies.map((a) => (
            <li key={a.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="amber">{a.kind}</Badge>
                {a.station ? (
                  <Link
                    href={`/admin/stations/${a.station.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {a.station.name}
                  </Link>
                ) : (
                  <span className="text-slate-500">no station</span>
                )}
                <span className="ml-auto text-xs text-slate-500">
                  {formatTimestamp(a.createdAt)}
                </span>
              </div>
              <p className="mt-0.5 text-slate-700">{a.message}</p>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel title="Latest failed commands" more={null}>
        {overview.failedCommands.length === 0 && empty('No failed commands.')}
        <ul className="mt-2 divide-y divide-slate-100" data-testid="overview-failed-commands">
          {overview.failedCommands.map((c) => (
            <li key={c.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="red">{c.ocppStatus ?? c.state}</Badge>
                <span className="font-medium">{c.action}</span>
                <Link
                  href={`/admin/stations/${c.station.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {c.station.name}
                </Link>
                <span className="ml-auto text-xs text-slate-500">
                  {formatTimestamp(c.createdAt)}
                </span>
              </div>
              {c.error && <p className="mt-0.5 text-slate-700">{c.error}</p>}
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
