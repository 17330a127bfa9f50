'use client';

import { useActionState, useState } from 'react';
import { sessionAction } from '@/app/(driver)/session/actions';
import { IDLE_SESSION_ACTION, type TSessionActionState } from './session-action-state';

const LABELS = {
  cancel: { button: 'Cancel request', confirm: 'Yes, cancel it', keep: 'Keep waiting' },
  stop: { button: 'Stop charging', confirm: 'Yes, stop', keep: 'Keep charging' },
};

/**
 * Cancel or Stop, asked twice: the server answers the first press with its question, and only a
 * second submission with `confirmed=yes` acts (so a changed form cannot skip the question).
 */
export function SessionActionButton({
  sessionId,
  intent,
}: {
  sessionId: string;
  intent: 'cancel' | 'stop';
}) {
  const [state, dispatch, pending] = useActionState(sessionAction, IDLE_SESSION_ACTION);
  const labels = LABELS[intent];
  // "Keep" only hides this question; the next press asks the server again.
  const [dismissed, setDismissed] = useState<TSessionActionState | null>(null);
  const asking = state.status === 'confirm' && dismissed !== state;
  return (
    <form action={dispatch} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="intent" value={intent} />
      {state.status === 'confirm' && asking && (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {state.message}
        </p>
      )}
      {state.status === 'refused' && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {asking ? (
          <>
            <button
              type="submit"
              name="confirmed"
              value="yes"
              disabled={pending}
              className="rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              {pending ? 'Working…' : labels.confirm}
            </button>
            <button
              type="button"
              onClick={() => setDismissed(state)}
              className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {labels.keep}
            </button>
          </>
        ) : (
          <button
            type="submit"
            disabled={pending}
            className="rounded-lg border border-red-300 bg-white px-4 py-2.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {pending ? 'Working…' : labels.button}
          </button>
        )}
      </div>
    </form>
  );
}
