'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { editStationAction } from '@/app/admin/stations/actions';
import type { TStationSettings } from '@/lib/stations/get-station-settings';
import { FieldError, inputClass } from './field-error';
import { EDIT_IDLE } from './station-form-state';

function Choice(props: {
  name: string;
  label: string;
  value: string | null;
  empty: string;
  options: { id: string; name: string }[];
  error: string | undefined;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {props.label}
      <select
        name={props.name}
        defaultValue={props.value ?? ''}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? `${props.name}-error` : undefined}
        className={`${inputClass} font-normal`}
      >
        <option value="">{props.empty}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <FieldError id={`${props.name}-error`} message={props.error} />
    </label>
  );
}

/** Name, site, tariff, vendor and model; an emptied vendor or model is cleared. */
export function StationEditForm({ settings }: { settings: TStationSettings }) {
  const [state, dispatch, pending] = useActionState(editStationAction, EDIT_IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const { station } = settings;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }
  const text = (name: 'name' | 'vendor' | 'model', label: string) => (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {label}
      <input
        name={name}
        defaultValue={station[name] ?? ''}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className={`${inputClass} font-normal`}
      />
      <FieldError id={`${name}-error`} message={errors[name]} />
    </label>
  );
  return (
    <form onSubmit={onSubmit} aria-label="Edit station" noValidate className="space-y-3">
      <input type="hidden" name="stationId" value={station.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        {text('name', 'Name')}
        <Choice
          name="siteId"
          label="Site"
          value={station.siteId}
          empty="No site"
          options={settings.sites}
          error={errors.siteId}
        />
        <Choice
          name="tariffId"
          label="Tariff"
          value={station.tariffId}
          empty="The site’s tariff"
          options={settings.tariffs}
          error={errors.tariffId}
        />
        {text('vendor', 'Vendor')}
        {text('model', 'Model')}
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Saving…' : 'Save'}
        </button>
        {state.status !== 'idle' && state.status !== 'confirm' && (
          <p
            role="status"
            className={`text-sm ${state.status === 'saved' ? 'text-emerald-700' : 'text-red-700'}`}
          >
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
