'use client';

import { useActionState, useId } from 'react';
import { useSWRConfig } from 'swr';
import { rebalanceAction, whatIfAction } from '@/app/admin/sites/[id]/actions';
import { buttonClass } from '@/components/admin/commands/command-form';
import { inputClass } from './smart-charging-form';
import { IDLE_REBALANCE, IDLE_WHAT_IF } from './what-if-state';

const kw = (w: number) => `${(w / 1000).toFixed(1)} kW`;

/**
 * "What if the limit were…": the allocation the site's sessions (and any expected arrivals)
 * would get, computed without sending anything. Beside it, a rebalance that does send.
 */
export function WhatIfForm({
  siteId,
  currentLimitW,
}: {
  siteId: string;
  currentLimitW: number | null;
}) {
  const id = useId();
  const [state, whatIf, pending] = useActionState(whatIfAction, IDLE_WHAT_IF);
  const { mutate } = useSWRConfig();
  const [rebalance, sendRebalance, rebalancing] = useActionState(
    async (...args: Parameters<typeof rebalanceAction>) => {
      const result = await rebalanceAction(...args);
      void mutate((key) => typeof key === 'string' && key.startsWith(`/api/v1/sites/${siteId}/`));
      return result;
    },
    IDLE_REBALANCE,
  );
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const field = (name: string, label: string, initial: string, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="number"
        step="any"
        inputMode="decimal"
        defaultValue={initial}
        aria-invalid={errors[name] ? true : undefined}
        className={inputClass}
      />
      {errors[name] ? (
        <p className="mt-0.5 text-xs text-red-700">{errors[name]}</p>
      ) : (
        hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>
      )}
    </div>
  );
  return (
    <div className="space-y-3 border-t border-slate-100 pt-3">
      <form action={whatIf} aria-label="What if" className="space-y-2" noValidate>
        <input type="hidden" name="siteId" value={siteId} />
        <h3 className="text-sm font-semibold">What if</h3>
        <div className="grid gap-2 sm:grid-cols-3">
          {field(
            'gridLimitKw',
            'Grid limit (kW)',
            currentLimitW === null ? '' : String(currentLimitW / 1000),
          )}
          {field('extraCars', 'Cars arriving', '0', 'Added to those charging now.')}
          {field('extraCarKw', 'Each arriving car (kW)', '11')}
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Computing…' : 'Show the allocation'}
        </button>
        {state.status === 'refused' && (
          <p role="alert" className="text-sm text-red-700">
            {state.message}
          </p>
        )}
        {state.status === 'done' && (
          <div data-testid="what-if-result">
            <p className="text-sm">
              {state.allocation.sessions.length === 0
                ? 'No session to share it with.'
                : `${kw(state.allocation.totalAllocatedW)} of ${kw(state.allocation.limitW)} granted:`}
            </p>
            <ul className="mt-1 text-sm">
              {state.allocation.sessions.map((s, i) => (
                <li key={s.sessionId ?? `${s.label}-${i}`} className="tabular-nums">
                  {s.label}: {kw(s.allocatedW)}{' '}
                  <span className="text-xs text-slate-500">({s.reason.replace('_', ' ')})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
      {currentLimitW !== null && (
        <form action={sendRebalance} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="siteId" value={siteId} />
          <button
            type="submit"
            disabled={rebalancing}
            className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
          >
            {rebalancing ? 'Rebalancing…' : 'Rebalance now'}
          </button>
          {rebalance.status !== 'idle' && (
            <span role="status" className="text-sm text-slate-700">
              {rebalance.message}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
