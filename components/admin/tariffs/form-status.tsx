import type { TTariffFormState } from './tariff-form-data';

export const inputClass =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-500';
export const submitClass =
  'bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60';

/** The outcome of the last submit, announced to screen readers. */
export function FormStatus({ state }: { state: TTariffFormState }) {
  if (state.status === 'idle') return null;
  const tone = state.status === 'saved' ? 'text-emerald-700' : 'text-red-700';
  return (
    <p role={state.status === 'saved' ? 'status' : 'alert'} className={`text-sm ${tone}`}>
      {state.message}
    </p>
  );
}
