'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { revokeApiKeyAction } from '@/app/admin/api-keys/actions';
import { REVOKE_IDLE } from './api-key-form-state';

/** Revoking cannot be undone: integrations using the key stop working at once, so ask first. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [state, dispatch, pending] = useActionState(revokeApiKeyAction, REVOKE_IDLE);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const question = `Revoke the key “${name}”? Anything using it stops working immediately.`;
    if (!window.confirm(question)) return;
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      {state.status === 'refused' && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-red-200 px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? 'Revoking…' : 'Revoke'}
      </button>
    </form>
  );
}
