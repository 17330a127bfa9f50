'use client';

import { useState } from 'react';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import {
  isUnfiltered,
  useStationLogs,
  type TStationLogsFilter,
} from '@/components/hooks/use-station-logs';
import type { TPage } from '@/lib/api/pagination';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';
import { MessageRow } from './message-row';
import { StationMessagesFilter } from './station-messages-filter';

/** The station's OCPP log, newest first, narrowed by action, direction and time, live. */
export function StationMessages({
  stationId,
  initial,
}: {
  stationId: string;
  initial: TPage<TStationMessage>;
}) {
  const [filter, setFilter] = useState<TStationLogsFilter>({});
  const unfiltered = isUnfiltered(filter);
  const { messages, error, mutate } = useStationLogs(stationId, filter, {
    fallbackData: unfiltered ? initial : undefined,
  });
  useRevalidateOnEvents({ stationId }, () => mutate());
  return (
    <section
      aria-labelledby="station-messages"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="station-messages" className="font-semibold">
          OCPP messages
        </h2>
        <StationMessagesFilter filter={filter} onChange={setFilter} />
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
