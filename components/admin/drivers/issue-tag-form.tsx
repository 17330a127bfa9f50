'use client';

import { useActionState, useId } from 'react';
import { issueTagAction } from '@/app/admin/drivers/actions';
import { IDLE_DRIVER_FORM } from './driver-form-state';

const input =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-500';

/** Issues a new RFID tag to this driver; field errors come back from the server. */
export function IssueTagForm({ userId }: { userId: string }) {
  const id = useId();
  const [state, action, pending] = useActionState(issueTagAction, IDLE_DRIVER_FORM);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const field = (
    name: string,
    label: string,
    props: { type?: string; required?: boolean } = {},
  ) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={props.type ?? 'text'}
        required={props.required}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        className={input}
      />
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="mt-1 text-xs text-red-700">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form action={action} aria-label="Issue tag" className="grid gap-3 sm:grid-cols-4">
      <input type="hidden" name="userId" value={userId} />
      {field('idTag', 'Token (id tag)', { required: true })}
      {field('parentIdTag', 'Parent id tag (optional)')}
      {field('expiresAt', 'Expires (optional)', { type: 'date' })}
      {field('label', 'Label (optional)')}
      <div className="flex items-center gap-3 sm:col-span-4">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Issuing…' : 'Issue tag'}
        </button>
        {state.status !== 'idle' && state.status !== 'confirm' && (
          <p
            role={state.status === 'saved' ? 'status' : 'alert'}
            className={`text-sm ${state.status === 'saved' ? 'text-emerald-700' : 'text-red-700'}`}
          >
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
