'use client';

import { approveStationAction } from '@/app/admin/stations/[id]/actions';
import { useCommandForm } from '@/components/hooks/use-command-form';
import type { TStationDetail } from '@/lib/stations/get-station-detail';
import { CompactCommandResult } from './commands/command-result';
import { QuickCommand } from './commands/quick-command';

/**
 * A station waiting for the operator: approve it, and the charger is asked to boot again so
 * it learns at once. Also offers that nudge when the charger still runs on an older answer.
 */
export function StationRegistration({ station }: { station: TStationDetail }) {
  const { state, pending, onSubmit } = useCommandForm(station.id, approveStationAction);
  const approved = station.registrationStatus === 'Accepted';
  const chargerBehind =
    approved && station.bootStatus !== null && station.bootStatus !== 'Accepted';
  if (approved && !chargerBehind && state.status === 'idle') return null;
  return (
    <section
      aria-labelledby="station-registration"
      className={`rounded-xl border p-4 text-sm ${approved && !chargerBehind ? 'border-emerald-200 bg-emerald-50 text-emerald-950' : 'border-amber-200 bg-amber-50 text-amber-950'}`}
    >
      <h2 id="station-registration" className="font-semibold">
        Registration: <span data-testid="registration-status">{station.registrationStatus}</span>
      </h2>
      {!approved && (
        <form onSubmit={onSubmit} aria-label="Approve station" className="mt-2 space-y-2">
          <p>
            {station.registrationStatus === 'Pending'
              ? 'This charger is waiting for approval: it may not start sessions until accepted.'
              : 'This charger was rejected: it is refused at every boot.'}
          </p>
          <input type="hidden" name="stationId" value={station.id} />
          <button
            type="submit"
            disabled={pending}
            className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
          >
            {pending ? 'Approving…' : 'Approve'}
          </button>
        </form>
      )}
      {chargerBehind && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <p>Approved; the charger was last told {station.bootStatus}.</p>
          <QuickCommand
            stationId={station.id}
            action="TriggerMessage"
            fields={{ requestedMessage: 'BootNotification' }}
            label="Ask it to boot again"
          />
        </div>
      )}
      {state.status !== 'idle' && (
        <p className="mt-2 flex flex-wrap items-center gap-2">
          {state.status === 'sent' && 'Approved. Asked the charger to boot again:'}
          <CompactCommandResult state={state} />
        </p>
      )}
    </section>
  );
}
