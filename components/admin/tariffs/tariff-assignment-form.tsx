'use client';

import { useActionState, useId } from 'react';
import { assignTariffAction } from '@/app/admin/tariffs/actions';
import type { TTariffTarget } from '@/lib/billing/list-tariffs';
import { FormStatus, inputClass, submitClass } from './form-status';
import { IDLE_TARIFF_FORM } from './tariff-form-data';

/** Assigns a tariff to a site or station; a station's own tariff overrides its site's. */
export function TariffAssignmentForm({
  tariffs,
  targets,
}: {
  tariffs: { id: string; name: string }[];
  targets: TTariffTarget[];
}) {
  const id = useId();
  const [state, action, pending] = useActionState(assignTariffAction, IDLE_TARIFF_FORM);
  const nameOf = (tariffId: string | null) =>
    tariffs.find((t) => t.id === tariffId)?.name ?? 'none';
  return (
    <form action={action} aria-label="Assign tariff" className="grid gap-3 sm:grid-cols-3">
      <div>
        <label htmlFor={`${id}-target`} className="text-xs font-medium text-slate-600">
          Site or station
        </label>
        <select id={`${id}-target`} name="targetKey" className={inputClass}>
          {targets.map((t) => (
            <option key={`${t.kind}:${t.id}`} value={`${t.kind}:${t.id}`}>
              {t.kind === 'site' ? 'Site' : 'Station'} · {t.name} ({nameOf(t.tariffId)})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-tariff`} className="text-xs font-medium text-slate-600">
          Tariff
        </label>
        <select id={`${id}-tariff`} name="tariffId" className={inputClass}>
          <option value="">None (a station falls back to its site)</option>
          {tariffs.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? 'Assigning…' : 'Assign'}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
