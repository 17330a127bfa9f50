'use client';

import { useActionState } from 'react';
import { changeTagAction } from '@/app/admin/drivers/actions';
import { IDLE_DRIVER_FORM } from './driver-form-state';

const button =
  'rounded-lg border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60';

/** Block/unblock and expire one tag; blocking and expiring ask first, then repeat with confirmed=yes. */
export function TagActions({ tagId, status }: { tagId: string; status: string }) {
  const [state, action, pending] = useActionState(changeTagAction, IDLE_DRIVER_FORM);
  if (state.status === 'confirm') {
    return (
      <form action={action} aria-label="Confirm tag change" className="flex items-center gap-2">
        <input type="hidden" name="tagId" value={tagId} />
        <input type="hidden" name="confirmed" value="yes" />
        <span className="text-xs text-amber-800">{state.message}</span>
        <button
          type="submit"
          name="intent"
          value={state.intent}
          disabled={pending}
          className={button}
        >
          Yes, {state.intent}
        </button>
      </form>
    );
  }
  return (
    <form action={action} aria-label="Tag actions" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tagId" value={tagId} />
      {status === 'Blocked' ? (
        <button type="submit" name="intent" value="unblock" disabled={pending} className={button}>
          Unblock
        </button>
      ) : (
        <button type="submit" name="intent" value="block" disabled={pending} className={button}>
          Block
        </button>
      )}
      {status !== 'Expired' && (
        <button type="submit" name="intent" value="expire" disabled={pending} className={button}>
          Expire
        </button>
      )}
      {(state.status === 'saved' || state.status === 'refused') && (
        <span
          role={state.status === 'saved' ? 'status' : 'alert'}
          className={`text-xs ${state.status === 'saved' ? 'text-emerald-700' : 'text-red-700'}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
