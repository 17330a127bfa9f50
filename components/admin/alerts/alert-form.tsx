'use client';

import { useActionState, useId, useState } from 'react';
import { createAlertAction } from '@/app/admin/alerts/actions';
import { inputClass, submitClass } from '@/components/admin/tariffs/form-status';
import { IDLE_ALERT_FORM, type TAlertField, type TAlertFieldErrors } from './alert-form-data';

/** New alert: now or scheduled, for everyone or chosen sites or stations. */
export function AlertForm({ sites }: { sites: { id: string; name: string }[] }) {
  const id = useId();
  const [state, action, pending] = useActionState(createAlertAction, IDLE_ALERT_FORM);
  const [target, setTarget] = useState('all');
  const errors: TAlertFieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const note = (name: TAlertField, hint: string) => (
    <p
      id={`${id}-${name}-note`}
      className={errors[name] ? 'text-xs text-red-700' : 'text-xs text-slate-500'}
    >
      {errors[name] ?? hint}
    </p>
  );
  const described = (name: TAlertField) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${id}-${name}-note`,
    className: inputClass,
  });
  const label = (name: TAlertField, text: string) => (
    <label htmlFor={`${id}-${name}`} className="text-xs font-medium text-slate-600">
      {text}
    </label>
  );
  return (
    <form action={action} noValidate aria-label="New alert" className="grid gap-3 sm:grid-cols-3">
      <div className="sm:col-span-2">
        {label('title', 'Title')}
        <input {...described('title')} />
        {note('title', 'Short, shown in bold')}
      </div>
      <div>
        {label('severity', 'Severity')}
        <select {...described('severity')} defaultValue="INFO">
          <option value="INFO">Info</option>
          <option value="WARN">Warning</option>
          <option value="CRITICAL">Critical</option>
        </select>
        {note('severity', '')}
      </div>
      <div className="sm:col-span-3">
        {label('message', 'Message')}
        <textarea rows={3} {...described('message')} />
        {note('message', 'What drivers should know')}
      </div>
      <div>
        {label('effectiveAt', 'Effective from (UTC)')}
        <input type="datetime-local" {...described('effectiveAt')} />
        {note('effectiveAt', 'Blank: now. A future time schedules it.')}
      </div>
      <div>
        {label('expiresAt', 'Expires (UTC)')}
        <input type="datetime-local" {...described('expiresAt')} />
        {note('expiresAt', 'Blank: until expired or deleted')}
      </div>
      <div>
        {label('target', 'Shown to')}
        <select {...described('target')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="all">All drivers</option>
          <option value="sites">Drivers at chosen sites</option>
          <option value="stations">Drivers at chosen stations</option>
        </select>
        {note('target', '')}
      </div>
      {target === 'sites' && (
        <div className="sm:col-span-3">
          {label('siteIds', 'Sites')}
          <select multiple size={Math.min(8, Math.max(3, sites.length))} {...described('siteIds')}>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
          {note('siteIds', 'Ctrl/Cmd-click to choose several')}
        </div>
      )}
      {target === 'stations' && (
        <div className="sm:col-span-3">
          {label('stationIdentities', 'Station identities')}
          <input {...described('stationIdentities')} placeholder="CP-001, CP-002" />
          {note('stationIdentities', 'OCPP identities, comma- or space-separated')}
        </div>
      )}
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? 'Saving…' : 'Create alert'}
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
