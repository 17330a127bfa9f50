'use client';

import { useActionState, useState } from 'react';
import { createApiKeyAction } from '@/app/admin/api-keys/actions';
import { CREATE_IDLE } from './api-key-form-state';

const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none';

export function CreateApiKeyForm() {
  const [state, action, pending] = useActionState(createApiKeyAction, CREATE_IDLE);
  const fieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <label className="block min-w-56 flex-1 text-sm font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            maxLength={80}
            placeholder="e.g. Billing export"
            className={inputClass}
          />
          {fieldErrors.name && <span className="text-xs text-red-700">{fieldErrors.name}</span>}
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Scope
          <select name="scope" defaultValue="read" className={inputClass}>
            <option value="read">read (GET only)</option>
            <option value="write">write</option>
          </select>
          {fieldErrors.scope && <span className="text-xs text-red-700">{fieldErrors.scope}</span>}
        </label>
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {(state.status === 'refused' || state.status === 'invalid') && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      )}
      {state.status === 'created' && <NewSecret name={state.name} secret={state.secret} />}
    </div>
  );
}

/** The secret exists only in this response: after a reload it is gone for good. */
function NewSecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  }
  return (
    <div
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
      data-testid="new-api-key"
    >
      <p className="text-sm font-medium text-amber-900">
        Copy the key “{name}” now: it is shown only once and cannot be recovered.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          className="rounded bg-white px-2 py-1 font-mono text-xs break-all"
          data-testid="new-api-key-secret"
        >
          {secret}
        </code>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-lg border border-amber-400 px-2.5 py-1 text-xs font-medium text-amber-900 hover:bg-amber-100"
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
