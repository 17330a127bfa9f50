'use client';

import type { TStationLogsFilter } from '@/components/hooks/use-station-logs';
import { OCPP_LOG_ACTIONS } from './ocpp-log-actions';

const fieldClass = 'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm';
const labelClass = 'flex flex-col gap-1 text-xs font-medium text-slate-600';

/** Action, direction and a UTC time range (the console shows every time in UTC). */
export function StationMessagesFilter({
  filter,
  onChange,
}: {
  filter: TStationLogsFilter;
  onChange: (filter: TStationLogsFilter) => void;
}) {
  const set = (patch: Partial<TStationLogsFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
      <label className={labelClass}>
        Action
        <select
          className={fieldClass}
          value={filter.action ?? ''}
          onChange={(e) => set({ action: e.target.value || undefined })}
        >
          <option value="">All</option>
          {OCPP_LOG_ACTIONS.map((action) => (
            <option key={action}>{action}</option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Direction
        <select
          className={fieldClass}
          value={filter.direction ?? ''}
          onChange={(e) =>
            set({ direction: (e.target.value || undefined) as TStationLogsFilter['direction'] })
          }
        >
          <option value="">Both</option>
          <option value="in">From charger</option>
          <option value="out">To charger</option>
        </select>
      </label>
      <label className={labelClass}>
        From (UTC)
        <input
          type="datetime-local"
          className={fieldClass}
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label className={labelClass}>
        To (UTC)
        <input
          type="datetime-local"
          className={fieldClass}
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </label>
      {(filter.action || filter.direction || filter.from || filter.to) && (
        <button
          type="button"
          onClick={() => onChange({})}
          className="text-brand-700 col-span-2 justify-self-start py-1.5 text-sm font-medium hover:underline"
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
