'use client';

import { useActionState, useId } from 'react';
import { saveTariffAction } from '@/app/admin/tariffs/actions';
import type { TTariff } from '@/db/schema';
import { IDLE_TARIFF_FORM, type TTariffFieldErrors } from './tariff-form-data';
import { FormStatus, inputClass, submitClass } from './form-status';

const NUMBER_FIELDS = [
  ['energyPricePerMwh', 'Energy, minor units per MWh', '39000 = 0.39 per kWh'],
  ['timePricePerHour', 'Charging time, minor units per hour', '600 = 0.10 per minute'],
  ['sessionFee', 'Session fee, minor units', '35 = 0.35'],
  ['idleFeePerHour', 'Idle fee, minor units per hour', 'After charging has finished'],
  ['idleGraceMinutes', 'Idle grace, minutes', 'Free idle time'],
  ['vatBasisPoints', 'VAT, basis points', '1900 = 19 %'],
] as const;

/** Creates a tariff (no `tariff`) or edits one; errors appear under their fields. */
export function TariffForm({ tariff }: { tariff?: TTariff }) {
  const id = useId();
  const [state, action, pending] = useActionState(saveTariffAction, IDLE_TARIFF_FORM);
  const errors: TTariffFieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const field = (name: keyof TTariffFieldErrors, label: string, hint: string, value: string) => (
    <div key={name}>
      <label htmlFor={`${id}-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        defaultValue={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${id}-${name}-note`}
        className={inputClass}
      />
      <p
        id={`${id}-${name}-note`}
        className={errors[name] ? 'text-xs text-red-700' : 'text-xs text-slate-500'}
      >
        {errors[name] ?? hint}
      </p>
    </div>
  );
  return (
    <form
      action={action}
      noValidate
      aria-label={tariff ? `Edit ${tariff.name}` : 'New tariff'}
      className="grid gap-3 sm:grid-cols-3"
    >
      {tariff && <input type="hidden" name="id" value={tariff.id} />}
      {field('name', 'Name', 'Shown to operators', tariff?.name ?? '')}
      {field('currency', 'Currency', 'ISO 4217, e.g. EUR', tariff?.currency ?? 'EUR')}
      {NUMBER_FIELDS.map(([name, label, hint]) =>
        field(name, label, hint, String(tariff?.[name] ?? 0)),
      )}
      <div className="sm:col-span-3">
        <label htmlFor={`${id}-bands`} className="text-xs font-medium text-slate-600">
          Time-of-use bands (JSON, site time zone)
        </label>
        <textarea
          id={`${id}-bands`}
          name="bands"
          rows={3}
          defaultValue={JSON.stringify(tariff?.bands ?? [])}
          aria-invalid={errors.bands ? true : undefined}
          aria-describedby={`${id}-bands-note`}
          className={`${inputClass} font-mono`}
        />
        <p
          id={`${id}-bands-note`}
          className={errors.bands ? 'text-xs text-red-700' : 'text-xs text-slate-500'}
        >
          {errors.bands ??
            'e.g. [{"days":[1,2,3,4,5],"from":"22:00","to":"06:00","energyPricePerMwh":30000}] — days 1 = Monday'}
        </p>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={tariff?.active ?? true} /> Active
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? 'Saving…' : tariff ? 'Save tariff' : 'Create tariff'}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
