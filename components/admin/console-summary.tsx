'use client';

import { useConsoleSummary } from '@/components/hooks/use-console-summary';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { Badge } from '@/components/ui/badge';
import { connectorTone } from '@/components/ui/connector-status';
import type { TConsoleSummary } from '@/lib/stations/get-console-summary';

function Tile({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <dt className="text-xs text-slate-500 sm:text-sm">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function ConsoleSummary({ initial }: { initial: TConsoleSummary }) {
  const { summary = initial, mutate } = useConsoleSummary({ fallbackData: initial });
  useRevalidateOnEvents(
    { types: ['station.connection', 'connector.status', 'session.started', 'session.stopped'] },
    () => mutate(),
  );
  const statuses = Object.entries(summary.connectors).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-label="Network summary" className="space-y-3">
      <dl className="grid grid-cols-3 gap-2 sm:gap-3">
        <Tile label="Stations online" value={summary.stations.online} testId="summary-online" />
        <Tile label="Stations offline" value={summary.stations.offline} testId="summary-offline" />
        <Tile
          label="Sessions in progress"
          value={summary.sessionsInProgress}
          testId="summary-sessions"
        />
      </dl>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>Connectors:</span>
        {statuses.length === 0 && <span>none yet</span>}
        {statuses.map(([status, n]) => (
          <Badge key={status} tone={connectorTone(status)}>
            {status} {n}
          </Badge>
        ))}
      </div>
    </section>
  );
}
