'use client';

import { sendCommandAction } from '@/app/admin/stations/[id]/actions';
import { useCommandForm } from '@/components/hooks/use-command-form';
import type { CommandAction } from '@/lib/commands/command-actions';
import { CompactCommandResult } from './command-result';

/**
 * A one-button command with fixed fields (refresh the configuration, cancel a reservation),
 * its result beside the button.
 */
export function QuickCommand({
  stationId,
  action,
  fields = {},
  label,
  pendingLabel = 'Waiting…',
}: {
  stationId: string;
  action: CommandAction;
  fields?: Record<string, string>;
  label: string;
  pendingLabel?: string;
}) {
  const { state, pending, onSubmit } = useCommandForm(stationId, sendCommandAction);
  return (
    <form
      aria-label={label}
      onSubmit={onSubmit}
      className="inline-flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="action" value={action} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
      <CompactCommandResult state={state} />
    </form>
  );
}
