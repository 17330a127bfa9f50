import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { RemoteStopButton } from '@/components/admin/sessions/remote-stop-button';
import { SessionCostBreakdown } from '@/components/admin/sessions/session-cost-breakdown';
import { SessionMeterChart } from '@/components/admin/sessions/session-meter-chart';
import { SessionAnomalies, SessionCommands } from '@/components/admin/sessions/session-records';
import { SessionStatusBadge } from '@/components/admin/sessions/session-status-badge';
import { formatKwh, formatTimestamp } from '@/components/ui/format';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { listConsoleSessionAnomalies } from '@/lib/sessions/console-session-anomalies';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';

export const metadata: Metadata = { title: 'Session' };

const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';
const STOPPABLE = ['PENDING', 'APPROVED', 'CHARGING'];

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireRole('operator', `/admin/sessions/${id}`);
  if (!access.allowed) return <ForbiddenNotice role={access.user.role} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const session = await getSessionDetail(db, { id, viewer: access.user });
  if (!session) notFound();
  const anomalies = await listConsoleSessionAnomalies(db, {
    id: session.id,
    stationId: session.station.id,
    transactionId: session.transactionId,
  });
  const facts: [string, string][] = [
    ['Transaction', session.transactionId === null ? '—' : String(session.transactionId)],
    ['Connector', `#${session.connectorId}`],
    ['Id tag', session.idTag ?? '—'],
    ['Created', formatTimestamp(session.createdAt)],
    ['Started', session.startedAt ? formatTimestamp(session.startedAt) : '—'],
    ['Stopped', session.stoppedAt ? formatTimestamp(session.stoppedAt) : '—'],
    ['Energy', formatKwh(session.energyWh)],
    ['Stop reason', session.stopReason ?? session.statusReason ?? '—'],
  ];
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Session</h1>
        <SessionStatusBadge status={session.status} />
        <Link href={`/admin/stations/${session.station.id}`} className="text-sm underline">
          {session.station.identity}
        </Link>
        {session.site && <span className="text-sm text-slate-600">{session.site.name}</span>}
        {session.userId && (
          <Link href={`/admin/drivers/${session.userId}`} className="text-sm underline">
            Driver
          </Link>
        )}
      </div>
      <section className={card} aria-label="Summary">
        <dl className="grid gap-3 text-sm sm:grid-cols-4">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs text-slate-500">{term}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        {STOPPABLE.includes(session.status) && (
          <div className="mt-4">
            <RemoteStopButton sessionId={session.id} />
          </div>
        )}
      </section>
      <section className={card} aria-labelledby="meter-curve">
        <h2 id="meter-curve" className="mb-3 font-semibold">
          Meter curve
          {session.meterValuesTruncated && (
            <span className="ml-2 text-xs font-normal text-slate-500">latest samples only</span>
          )}
        </h2>
        <SessionMeterChart values={session.meterValues} />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section className={card} aria-labelledby="cost">
          <h2 id="cost" className="mb-3 font-semibold">
            Cost
          </h2>
          <SessionCostBreakdown
            cost={session.cost}
            live={session.status === 'CHARGING' && session.cost !== null}
          />
        </section>
        <section className={card} aria-labelledby="commands">
          <h2 id="commands" className="mb-3 font-semibold">
            Commands
          </h2>
          <SessionCommands commands={session.commands} />
        </section>
      </div>
      <section className={card} aria-labelledby="anomalies">
        <h2 id="anomalies" className="mb-3 font-semibold">
          Anomalies
        </h2>
        <SessionAnomalies anomalies={anomalies} />
      </section>
    </>
  );
}
