'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { decommissionStationAction } from '@/app/admin/stations/actions';
import { EDIT_IDLE } from './station-form-state';

/** Two steps: the first submit asks (the server decides the question), the second confirms. */
export function DecommissionForm({ stationId }: { stationId: string }) {
  const [state, dispatch, pending] = useActionState(decommissionStationAction, EDIT_IDLE);
  // Cancel hides this question; a new submit brings a new state object, so asks again.
  const [cancelled, setCancelled] = useState<object | null>(null);
  const asking = state.status === 'confirm' && cancelled !== state;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  }
  if (state.status === 'saved') {
    return (
      <p role="status" className="text-sm text-slate-700">
        {state.message} The charger is refused from its next connection on.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-label="Decommission station" className="space-y-2 text-sm">
      <input type="hidden" name="stationId" value={stationId} />
      {state.status === 'confirm' && asking ? (
        <div role="alertdialog" aria-label="Confirm decommission" className="space-y-2">
          <p className="text-red-900">{state.message}</p>
          <div className="flex gap-2">
            <button
              type="submit"
              name="confirmed"
              value="yes"
              disabled={pending}
              className="rounded-lg bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-700 disabled:opacity-60"
            >
              Yes, decommission
            </button>
            <button
              type="button"
              onClick={() => setCancelled(state)}
              className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-red-300 bg-white px-3 py-1.5 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
        >
          Decommission…
        </button>
      )}
      {state.status === 'refused' && <p className="text-red-700">{state.message}</p>}
    </form>
  );
}
