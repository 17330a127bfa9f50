'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { registerStationAction } from '@/app/admin/stations/actions';
import { ConnectorRows } from './connector-rows';
import { FieldError, inputClass } from './field-error';
import { StationCredentials } from './station-credentials';
import { REGISTER_IDLE } from './station-form-state';

/**
 * Register a station: identity, name, site and connectors. Submitted from onSubmit so what
 * the operator typed survives a validation error (React resets `action={…}` forms).
 */
export function RegisterStationForm(props: {
  sites: { id: string; name: string }[];
  connectorTypes: readonly string[];
}) {
  const [state, dispatch, pending] = useActionState(registerStationAction, REGISTER_IDLE);
  if (state.status === 'created') return <StationCredentials {...state} />;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }
  const described = (name: string) => (errors[name] ? `${name}-error` : undefined);
  return (
    <form
      onSubmit={onSubmit}
      aria-label="Register a station"
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      {(state.status === 'invalid' || state.status === 'refused') && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Identity
          <input
            name="identity"
            required
            autoComplete="off"
            placeholder="CP-HARBOUR-1"
            aria-invalid={Boolean(errors.identity)}
            aria-describedby={described('identity')}
            className={`${inputClass} font-mono font-normal`}
          />
          <FieldError id="identity-error" message={errors.identity} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Name
          <input
            name="name"
            required
            aria-invalid={Boolean(errors.name)}
            aria-describedby={described('name')}
            className={`${inputClass} font-normal`}
          />
          <FieldError id="name-error" message={errors.name} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Site
          <select
            name="siteId"
            defaultValue=""
            aria-invalid={Boolean(errors.siteId)}
            aria-describedby={described('siteId')}
            className={`${inputClass} font-normal`}
          >
            <option value="">No site</option>
            {props.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="siteId-error" message={errors.siteId} />
        </label>
        <label className="flex items-center gap-2 self-end text-sm text-slate-700">
          <input type="checkbox" name="acceptOnBoot" />
          Accept it at its first boot (otherwise it waits as Pending for approval)
        </label>
      </div>
      <ConnectorRows types={props.connectorTypes} errors={errors} />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Registering…' : 'Register station'}
      </button>
    </form>
  );
}
