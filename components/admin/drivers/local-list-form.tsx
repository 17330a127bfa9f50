'use client';

import { useActionState, useId } from 'react';
import { pushLocalListAction } from '@/app/admin/drivers/actions';
import { IDLE_LOCAL_LIST_FORM } from './driver-form-state';

const field = 'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Sends SendLocalList to one station or a whole site, then shows each station's answer. */
export function LocalListForm({
  sites,
  stations,
}: {
  sites: { id: string; name: string }[];
  stations: { id: string; identity: string }[];
}) {
  const id = useId();
  const [state, action, pending] = useActionState(pushLocalListAction, IDLE_LOCAL_LIST_FORM);
  return (
    <div className="space-y-3">
      <form action={action} aria-label="Send local list" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-target`} className="text-xs font-medium text-slate-600">
            Send to
          </label>
          <select id={`${id}-target`} name="target" className={field} required>
            <optgroup label="All stations of a site">
              {sites.map((s) => (
                <option key={s.id} value={`site:${s.id}`}>
                  Site · {s.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="One station">
              {stations.map((s) => (
                <option key={s.id} value={`station:${s.id}`}>
                  {s.identity}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <fieldset className="flex gap-3 text-sm">
          <legend className="text-xs font-medium text-slate-600">Update</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="updateType" value="Differential" defaultChecked />
            Differential (changes only)
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="updateType" value="Full" />
            Full (all tags)
          </label>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? 'Sending…' : 'Send local list'}
        </button>
      </form>
      {state.status === 'refused' && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state.status === 'sent' && (
        <table className="w-full text-left text-sm" aria-label="Local list results">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3 font-medium">Station</th>
              <th className="py-1 pr-3 font-medium">Update</th>
              <th className="py-1 pr-3 font-medium">Version</th>
              <th className="py-1 pr-3 font-medium">Entries</th>
              <th className="py-1 font-medium">Result</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" role="status">
            {state.results.map((r) => (
              <tr key={r.stationId} data-testid={`local-list-result-${r.identity}`}>
                <td className="py-1 pr-3 font-mono">{r.identity}</td>
                <td className="py-1 pr-3">{r.updateType}</td>
                <td className="py-1 pr-3">{r.listVersion}</td>
                <td className="py-1 pr-3">{r.entries}</td>
                <td className="py-1">
                  {r.ocppStatus ?? r.state}
                  {r.message && <span className="text-slate-500"> · {r.message}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
