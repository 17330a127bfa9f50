'use client';

import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStationCommands } from '@/components/hooks/use-station-commands';
import { Badge } from '@/components/ui/badge';
import type { TTone } from '@/components/ui/connector-status';
import { formatTimestamp } from '@/components/ui/format';
import type { TPage } from '@/lib/api/pagination';
import type { TStationCommand } from '@/lib/stations/list-station-commands';

function shown(command: TStationCommand): { text: string; tone: TTone } {
  switch (command.state) {
    case 'answered':
      return {
        text: command.ocppStatus ?? 'Answered',
        tone: ['Rejected', 'UnlockFailed', 'NotSupported', 'Failed'].includes(
          command.ocppStatus ?? '',
        )
          ? 'red'
          : 'green',
      };
    case 'failed':
      return { text: `Error ${command.errorCode ?? ''}`.trim(), tone: 'red' };
    case 'timeout':
      return { text: 'Timeout', tone: 'amber' };
    case 'offline':
      return { text: 'Offline', tone: 'grey' };
    default:
      return { text: 'Waiting…', tone: 'blue' };
  }
}

/** The station's command audit trail, newest first, live as commands complete. */
export function RecentCommands({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TPage<TStationCommand>;
}) {
  const { commands, error, mutate } = useStationCommands(stationId, { fallbackData: initial });
  useRevalidateOnEvents({ stationId, types: ['command.completed'] }, () => mutate());
  return (
    <section
      aria-labelledby="recent-commands"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="recent-commands" className="font-semibold">
        Recent commands
      </h2>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not refresh commands: {error.message}
        </p>
      )}
      {commands.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No commands sent yet.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[34rem] text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-1 pr-3 font-medium">Sent</th>
                <th className="py-1 pr-3 font-medium">Command</th>
                <th className="py-1 pr-3 font-medium">By</th>
                <th className="py-1 pr-3 font-medium">Result</th>
                <th className="py-1 text-right font-medium">Latency</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="recent-commands">
              {commands.map((command) => {
                const result = shown(command);
                return (
                  <tr key={command.id} data-action={command.action} data-state={command.state}>
                    <td className="py-1.5 pr-3 font-mono text-xs text-slate-500">
                      {formatTimestamp(command.createdAt)}
                    </td>
                    <td className="py-1.5 pr-3 font-medium">{command.action}</td>
                    <td className="py-1.5 pr-3 text-slate-600">
                      {command.requestedBy?.name ?? 'System'}
                    </td>
                    <td className="py-1.5 pr-3">
                      <Badge tone={result.tone} title={command.error ?? undefined}>
                        {result.text}
                      </Badge>
                    </td>
                    <td className="py-1.5 text-right text-slate-600 tabular-nums">
                      {command.latencyMs === null ? '—' : `${command.latencyMs} ms`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
