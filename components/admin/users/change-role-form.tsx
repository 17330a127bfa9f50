'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { changeUserRoleAction } from '@/app/admin/users/actions';
import type { TRole } from '@/lib/auth/roles';
import { CHANGE_ROLE_IDLE } from './user-form-state';

/** A role picker that asks before it changes what the user may do. */
export function ChangeRoleForm({
  userId,
  email,
  role,
}: {
  userId: string;
  email: string;
  role: TRole;
}) {
  const [state, dispatch, pending] = useActionState(changeUserRoleAction, CHANGE_ROLE_IDLE);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const picked = form.get('role');
    const next = typeof picked === 'string' ? picked : role;
    if (next === role) return;
    if (!window.confirm(`Make ${email} ${next === 'admin' ? 'an' : 'a'} ${next}?`)) return;
    startTransition(() => dispatch(form));
  }
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        className="rounded-lg border border-slate-300 px-2 py-1 text-xs"
      >
        <option value="driver">driver</option>
        <option value="operator">operator</option>
        <option value="admin">admin</option>
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 px-2.5 py-1 text-xs font-medium disabled:opacity-60"
      >
        {pending ? 'Saving…' : 'Change'}
      </button>
      {state.status === 'refused' && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
