import type { ComponentProps } from 'react';

export const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-none aria-invalid:border-red-500';

/** A labelled input with its error announced and tied to it (aria-describedby). */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: ComponentProps<'input'> & {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
}) {
  const describedBy = error ? `${name}-error` : hint ? `${name}-hint` : undefined;
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...input}
      />
      {hint && !error && (
        <span id={`${name}-hint`} className="mt-1 block text-xs font-normal text-slate-500">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${name}-error`} className="mt-1 block text-xs font-normal text-red-700">
          {error}
        </span>
      )}
    </label>
  );
}
