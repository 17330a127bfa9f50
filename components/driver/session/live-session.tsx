'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { LineChart } from '@/components/ui/charts/line-chart';
import type { TTone } from '@/components/ui/connector-status';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';
import { powerSeries } from './meter-series';
import { SessionActionButton } from './session-action-button';
import { formatDateTime, formatDuration, STATUS_LABELS } from './session-format';
import { SessionMetrics } from './session-metrics';
import { SessionSteps } from './session-steps';
import { useLiveSession } from './use-live-session';

const TONES: Record<TSessionDetail['status'], TTone> = {
  PENDING: 'amber',
  APPROVED: 'amber',
  CHARGING: 'blue',
  COMPLETED: 'green',
  STOPPED: 'green',
  FAILED: 'red',
  DENIED: 'red',
  CANCELLED: 'grey',
};

const FINISHED = new Set(['COMPLETED', 'STOPPED', 'FAILED']);

/** One request or session as it moves through its states, updated by live events. */
export function LiveSession({ initial, timeZone }: { initial: TSessionDetail; timeZone: string }) {
  const { session, error } = useLiveSession(initial);
  const { status } = session;
  const headingId = `session-${session.id}`;
  const power = powerSeries(session.meterValues);
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="truncate text-lg font-semibold">
            {session.station.name}
          </h2>
          <p className="text-sm text-slate-600">
            {session.site ? `${session.site.name} · ` : ''}Connector {session.connectorId}
          </p>
        </div>
        <p aria-live="polite">
          <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>
        </p>
      </div>
      <SessionSteps status={status} approved={session.approvedAt !== null} />
      {session.statusReason && (
        <p className="text-sm text-slate-700">
          <span className="font-medium">Why: </span>
          {session.statusReason}
        </p>
      )}
      {session.queue && (
        <p className="bg-brand-50 rounded-lg p-3 text-sm text-slate-800">
          You are <strong>number {session.queue.position}</strong> in the queue. Estimated wait:{' '}
          <strong>{formatDuration(session.queue.estimatedWaitSeconds)}</strong>. We start your
          session when the connector frees up.
        </p>
      )}
      {status === 'APPROVED' && (
        <p className="bg-brand-50 rounded-lg p-3 text-sm text-slate-800">
          The charger is ready: plug in your car
          {session.expiresAt ? ` before ${formatDateTime(session.expiresAt, timeZone)}` : ''}.
        </p>
      )}
      {status === 'PENDING' && !session.queue && (
        <p className="text-sm text-slate-600">Waiting for the charger to accept…</p>
      )}
      {(session.startedAt || FINISHED.has(status)) && <SessionMetrics session={session} />}
      {session.startedAt && (
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">Power</h3>
          <LineChart
            points={power}
            label="Charging power"
            unit="kW"
            timeZone={timeZone}
            emptyText="The power chart appears with the charger's first readings."
          />
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh this session: {error.message}
        </p>
      )}
      {(status === 'PENDING' || status === 'APPROVED') && (
        <SessionActionButton sessionId={session.id} intent="cancel" />
      )}
      {status === 'CHARGING' && <SessionActionButton sessionId={session.id} intent="stop" />}
      {FINISHED.has(status) && (
        <Link
          href={`/history/${session.id}`}
          className="text-brand-700 inline-block text-sm font-medium underline"
        >
          See this session in your history (receipt)
        </Link>
      )}
      {(status === 'DENIED' || status === 'CANCELLED') && (
        <Link href="/" className="text-brand-700 inline-block text-sm font-medium underline">
          Find another charger
        </Link>
      )}
    </section>
  );
}
