'use client';

import { useActionState } from 'react';
import { remoteStopAction } from '@/app/admin/sessions/[id]/actions';
import { IDLE_REMOTE_STOP } from './remote-stop-state';

/** Remote stop in two steps: the first submit asks, the second (confirmed=yes) stops. */
export function RemoteStopButton({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(remoteStopAction, IDLE_REMOTE_STOP);
  const confirming = state.status === 'confirm';
  return (
    <form action={action} aria-label="Remote stop" className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="sessionId" value={sessionId} />
      {confirming && <input type="hidden" name="confirmed" value="yes" />}
      {confirming && <p className="text-sm text-amber-800">{state.message}</p>}
      <button
        type="submit"
        disabled={pending || state.status === 'done'}
        className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
      >
        {pending ? 'Stopping…' : confirming ? 'Yes, stop it' : 'Remote stop'}
      </button>
      {(state.status === 'done' || state.status === 'refused') && (
        <p
          role={state.status === 'done' ? 'status' : 'alert'}
          className={`text-sm ${state.status === 'done' ? 'text-emerald-700' : 'text-red-700'}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
