'use client';

import { useActionState, useId } from 'react';
import { saveSiteAction } from '@/app/admin/sites/actions';
import { inputClass, submitClass } from '@/components/admin/tariffs/form-status';
import type { TSite } from '@/lib/sites/site-view';
import { IDLE_SITE_FORM, type TSiteField, type TSiteFieldErrors } from './site-form-data';

const FIELDS: [TSiteField, string, string][] = [
  ['name', 'Name', 'Shown to drivers'],
  ['address', 'Address', 'Street and number'],
  ['city', 'City', ''],
  ['postalCode', 'Postal code', 'Optional'],
  ['country', 'Country', 'ISO 3166-1 alpha-2, e.g. DE'],
  ['timeZone', 'Time zone', 'IANA, e.g. Europe/Berlin'],
  ['latitude', 'Latitude', '-90 to 90'],
  ['longitude', 'Longitude', '-180 to 180'],
  ['gridLimitKw', 'Grid limit, kW', 'All phases; blank: not limited'],
];

function initialValue(site: TSite | undefined, name: TSiteField): string {
  if (!site) return name === 'timeZone' ? 'Europe/Berlin' : '';
  if (name === 'gridLimitKw') return site.gridLimitW === null ? '' : String(site.gridLimitW / 1000);
  if (name === 'amenities') return site.amenities.join(', ');
  const value = site[name];
  return value === null ? '' : String(value);
}

/** Creates a site (no `site`) or edits one; errors appear under their fields. */
export function SiteForm({
  site,
  tariffs,
}: {
  site?: TSite;
  tariffs: { id: string; name: string; currency: string }[];
}) {
  const id = useId();
  const [state, action, pending] = useActionState(saveSiteAction, IDLE_SITE_FORM);
  const errors: TSiteFieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const note = (name: TSiteField, hint: string) => (
    <p
      id={`${id}-${name}-note`}
      className={errors[name] ? 'text-xs text-red-700' : 'text-xs text-slate-500'}
    >
      {errors[name] ?? hint}
    </p>
  );
  const control = (name: TSiteField) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: initialValue(site, name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${id}-${name}-note`,
    className: inputClass,
  });
  return (
    <form
      action={action}
      noValidate
      aria-label={site ? `Edit ${site.name}` : 'New site'}
      className="grid gap-3 sm:grid-cols-3"
    >
      {site && <input type="hidden" name="id" value={site.id} />}
      {FIELDS.map(([name, label, hint]) => (
        <div key={name}>
          <label htmlFor={`${id}-${name}`} className="text-xs font-medium text-slate-600">
            {label}
          </label>
          <input {...control(name)} />
          {note(name, hint)}
        </div>
      ))}
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-amenities`} className="text-xs font-medium text-slate-600">
          Amenities
        </label>
        <input {...control('amenities')} />
        {note('amenities', 'Comma-separated, e.g. Toilets, Café, Wi-Fi')}
      </div>
      <div>
        <label htmlFor={`${id}-tariffId`} className="text-xs font-medium text-slate-600">
          Tariff
        </label>
        <select {...control('tariffId')}>
          <option value="">No site tariff</option>
          {tariffs.map((tariff) => (
            <option key={tariff.id} value={tariff.id}>
              {tariff.name} · {tariff.currency}
            </option>
          ))}
        </select>
        {note('tariffId', 'Default for its stations')}
      </div>
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? 'Saving…' : site ? 'Save site' : 'Create site'}
        </button>
        {state.status !== 'idle' && (
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
