'use client';

import { useState } from 'react';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { useStationLogs, type TStationLogsFilter } from '@/components/hooks/use-station-logs';
import type { TPage } from '@/lib/api/pagination';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import { MessageRow } from './message-row';

const ACTIONS = [
  'Authorize',
  'BootNotification',
  'ChangeAvailability',
  'ChangeConfiguration',
  'DataTransfer',
  'DiagnosticsStatusNotification',
  'FirmwareStatusNotification',
  'GetConfiguration',
  'Heartbeat',
  'MeterValues',
  'RemoteStartTransaction',
  'RemoteStopTransaction',
  'Reset',
  'StartTransaction',
  'StatusNotification',
  'StopTransaction',
  'TriggerMessage',
  'UnlockConnector',
];

const selectClass = 'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** The station's OCPP log, newest first, narrowed by action and direction, live. */
export function StationMessages({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TPage<TStationMessage>;
}) {
  const [filter, setFilter] = useState<TStationLogsFilter>({});
  const unfiltered = !filter.action && !filter.direction;
  const { messages, error, mutate } = useStationLogs(stationId, filter, {
    fallbackData: unfiltered ? initial : undefined,
  });
  useRevalidateOnEvents({ stationId }, () => mutate());
  return (
    <section
      aria-labelledby="station-messages"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="station-messages" className="font-semibold">
          OCPP messages
        </h2>
        <div className="flex flex-wrap gap-2">
          <label className="flex items-center gap-1 text-sm text-slate-600">
            Action
            <select
              className={selectClass}
              value={filter.action ?? ''}
              onChange={(e) => setFilter({ ...filter, action: e.target.value || undefined })}
            >
              <option value="">All</option>
              {ACTIONS.map((action) => (
                <option key={action}>{action}</option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1 text-sm text-slate-600">
            Direction
            <select
              className={selectClass}
              value={filter.direction ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  direction: (e.target.value || undefined) as TStationLogsFilter['direction'],
                })
              }
            >
              <option value="">Both</option>
              <option value="in">From charger</option>
              <option value="out">To charger</option>
            </select>
          </label>
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          Could not load messages: {error.message}
        </p>
      )}
      {messages.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">
          No messages{unfiltered ? ' yet' : ' match these filters'}.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {messages.map((message) => (
            <MessageRow key={message.id} message={message} />
          ))}
        </ul>
      )}
    </section>
  );
}
