'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { deleteAlertAction, expireAlertAction } from '@/app/admin/alerts/actions';
import type { TAlertState } from '@/lib/alerts/alert';
import { IDLE_ALERT_FORM } from './alert-form-data';

const buttonClass = 'rounded-lg border px-2.5 py-1 text-xs font-medium disabled:opacity-60';

/** Expire now (not for expired alerts) and delete; both ask first, neither can be undone. */
export function AlertRowActions({
  id,
  title,
  state,
}: {
  id: string;
  title: string;
  state: TAlertState;
}) {
  const [expired, expire, expiring] = useActionState(expireAlertAction, IDLE_ALERT_FORM);
  const [deleted, remove, deleting] = useActionState(deleteAlertAction, IDLE_ALERT_FORM);
  const confirmThen =
    (question: string, dispatch: (form: FormData) => void) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (!window.confirm(question)) return;
      const form = new FormData(event.currentTarget);
      startTransition(() => dispatch(form));
    };
  const refused = [expired, deleted].find((s) => s.status === 'refused');
  return (
    <div className="flex items-center gap-2">
      {refused?.status === 'refused' && (
        <span role="alert" className="text-xs text-red-700">
          {refused.message}
        </span>
      )}
      {state !== 'expired' && (
        <form onSubmit={confirmThen(`Expire “${title}” now? Drivers stop seeing it.`, expire)}>
          <input type="hidden" name="id" value={id} />
          <button
            type="submit"
            disabled={expiring}
            className={`${buttonClass} border-amber-200 text-amber-800 hover:bg-amber-50`}
          >
            {expiring ? 'Expiring…' : 'Expire now'}
          </button>
        </form>
      )}
      <form onSubmit={confirmThen(`Delete “${title}”? This cannot be undone.`, remove)}>
        <input type="hidden" name="id" value={id} />
        <button
          type="submit"
          disabled={deleting}
          className={`${buttonClass} border-red-200 text-red-700 hover:bg-red-50`}
        >
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
      </form>
    </div>
  );
}
