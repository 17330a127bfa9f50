'use client';

import { useActionState } from 'react';
import { inviteUserAction } from '@/app/admin/users/actions';
import { inputClass, submitClass } from '@/components/admin/tariffs/form-status';
import { INVITE_IDLE } from './user-form-state';

/** Invite an operator or admin; the temporary password appears once, under the form. */
export function InviteUserForm() {
  const [state, action, pending] = useActionState(inviteUserAction, INVITE_IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const fieldNote = (name: 'email' | 'name' | 'role') =>
    errors[name] && (
      <span id={`invite-${name}-note`} className="text-xs text-red-700">
        {errors[name]}
      </span>
    );
  return (
    <div className="space-y-3">
      <form
        action={action}
        noValidate
        aria-label="Invite a user"
        className="grid gap-3 sm:grid-cols-4"
      >
        <label className="text-xs font-medium text-slate-600 sm:col-span-2">
          Email
          <input
            name="email"
            type="email"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby="invite-email-note"
            className={inputClass}
          />
          {fieldNote('email')}
        </label>
        <label className="text-xs font-medium text-slate-600">
          Name
          <input
            name="name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby="invite-name-note"
            className={inputClass}
          />
          {fieldNote('name')}
        </label>
        <label className="text-xs font-medium text-slate-600">
          Role
          <select name="role" defaultValue="operator" className={inputClass}>
            <option value="operator">operator</option>
            <option value="admin">admin</option>
          </select>
          {fieldNote('role')}
        </label>
        <div className="sm:col-span-4">
          <button type="submit" disabled={pending} className={submitClass}>
            {pending ? 'Inviting…' : 'Invite'}
          </button>
        </div>
      </form>
      {(state.status === 'refused' || state.status === 'invalid') && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state.status === 'invited' && (
        <TemporaryPassword email={state.email} password={state.temporaryPassword} />
      )}
    </div>
  );
}

/** Shown once: the server keeps only its hash. Chargedeck sends no email itself. */
function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const signIn = `${window.location.origin}/login`;
  const body = `You have a Chargedeck console account.\n\nSign in at ${signIn}\nEmail: ${email}\nTemporary password: ${password}`;
  const mailto = `mailto:${email}?subject=${encodeURIComponent('Your Chargedeck account')}&body=${encodeURIComponent(body)}`;
  return (
    <div
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="invited-user"
    >
      <p className="font-medium text-amber-900">
        Account created for {email}. Copy the temporary password now: it is shown only once.
      </p>
      <code className="block rounded bg-white px-2 py-1 font-mono" data-testid="temporary-password">
        {password}
      </code>
      <p className="text-amber-900">
        <a href={mailto} className="underline">
          Open an email to {email}
        </a>{' '}
        in your own mail program (optional).
      </p>
    </div>
  );
}
