'use client';

import { useId, useState } from 'react';
import { sendCommandAction } from '@/app/admin/stations/[id]/actions';
import { useCommandForm } from '@/components/hooks/use-command-form';
import type { TStationConfigurationKey } from '@/lib/stations/list-station-configuration';
import { CompactCommandResult } from './command-result';

const smallButton =
  'rounded-lg border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60';

/** One configuration key; a writable one can be changed in place (ChangeConfiguration). */
export function ConfigurationRow({
  stationId,
  entry,
}: {
  stationId: string;
  entry: TStationConfigurationKey;
}) {
  const [editing, setEditing] = useState(false);
  const inputId = useId();
  const { state, pending, onSubmit } = useCommandForm(stationId, sendCommandAction);
  const error = state.status === 'invalid' ? state.fieldErrors.value : undefined;
  return (
    <li
      className="border-b border-slate-100 py-2 text-sm"
      data-testid="configuration-key"
      data-key={entry.key}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <span className="font-mono text-xs font-medium break-all text-slate-800">{entry.key}</span>
        {!editing && (
          <span className="flex items-center gap-2">
            <span className="font-mono text-xs break-all text-slate-600">
              {entry.value ?? '(no value)'}
            </span>
            {entry.readonly ? (
              <span className="text-xs text-slate-400">read-only</span>
            ) : (
              <button
                type="button"
                onClick={() => setEditing(true)}
                className={smallButton}
                aria-label={`Edit ${entry.key}`}
              >
                Edit
              </button>
            )}
          </span>
        )}
      </div>
      {editing && (
        <form
          aria-label={`Change ${entry.key}`}
          onSubmit={onSubmit}
          className="mt-1 flex flex-wrap items-center gap-2"
        >
          <input type="hidden" name="stationId" value={stationId} />
          <input type="hidden" name="action" value="ChangeConfiguration" />
          <input type="hidden" name="key" value={entry.key} />
          <label htmlFor={inputId} className="sr-only">
            New value for {entry.key}
          </label>
          <input
            id={inputId}
            name="value"
            defaultValue={entry.value ?? ''}
            aria-invalid={error ? true : undefined}
            className="min-w-0 flex-1 rounded-lg border border-slate-300 px-2 py-1 font-mono text-xs"
          />
          <button type="submit" disabled={pending} className={smallButton}>
            {pending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={() => setEditing(false)} className={smallButton}>
            Done
          </button>
          {error && <span className="w-full text-xs text-red-700">{error}</span>}
        </form>
      )}
      {state.status !== 'invalid' && (
        <div className="mt-1">
          <CompactCommandResult state={state} />
        </div>
      )}
    </li>
  );
}
