'use client';

import { useId, useState } from 'react';
import { useCommandForm } from '@/components/hooks/use-command-form';
import { sendCommandAction } from '@/app/admin/stations/[id]/actions';
import type { CommandAction } from '@/lib/commands/command-actions';
import { CommandField, type TConnectorChoice } from './command-field';
import { CommandResult } from './command-result';
import { COMMAND_SPECS } from './command-specs';

export const buttonClass =
  'bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60';

/** One command's compact form; the charger's answer appears under it. */
export function CommandForm({
  stationId,
  action,
  connectors,
  transactionIds,
}: {
  stationId: string;
  action: CommandAction;
  connectors: TConnectorChoice[];
  transactionIds: number[];
}) {
  const spec = COMMAND_SPECS[action];
  const id = useId();
  const { state, pending, onSubmit } = useCommandForm(stationId, sendCommandAction);
  const [dismissed, setDismissed] = useState<typeof state | null>(null);
  const fieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const asking = state.status === 'confirm' && dismissed !== state;
  return (
    <form
      aria-label={action}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
    >
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="action" value={action} />
      <div>
        <h3 className="font-mono text-sm font-semibold break-all">{action}</h3>
        <p className="text-xs text-slate-500">{spec.description}</p>
      </div>
      {spec.fields.length > 0 && (
        <div className="grid gap-2 sm:grid-cols-2">
          {spec.fields.map((field) => (
            <CommandField
              key={field.name}
              id={`${id}-${field.name}`}
              field={field}
              connectors={connectors}
              suggestions={field.name === 'transactionId' ? transactionIds : undefined}
              error={fieldErrors[field.name]}
            />
          ))}
        </div>
      )}
      {state.status === 'invalid' && (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      )}
      {asking ? (
        <div
          role="alertdialog"
          aria-label={`Confirm ${action}`}
          className="space-y-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900"
        >
          <p>{state.status === 'confirm' && state.message}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="confirmed"
              value="yes"
              disabled={pending}
              className="rounded-lg bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700 disabled:opacity-60"
            >
              {pending ? 'Sending…' : 'Yes, send it'}
            </button>
            <button
              type="button"
              onClick={() => setDismissed(state)}
              className="rounded-lg border border-amber-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-amber-100"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? 'Waiting for the charger…' : 'Send'}
          </button>
        </div>
      )}
      <CommandResult state={state} />
    </form>
  );
}
