import type { ComponentProps } from 'react';
import type { TTone } from './connector-status';

const TONE_CLASSES: Record<TTone, string> = {
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  red: 'bg-red-50 text-red-800 ring-red-600/20',
  grey: 'bg-slate-100 text-slate-600 ring-slate-500/20',
};

const DOT_CLASSES: Record<TTone, string> = {
  green: 'bg-emerald-500',
  blue: 'bg-sky-500',
  amber: 'bg-amber-500',
  red: 'bg-red-500',
  grey: 'bg-slate-400',
};

export function Badge({
  tone,
  children,
  className = '',
  ...rest
}: ComponentProps<'span'> & { tone: TTone }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]} ${className}`}
      {...rest}
    >
      <span aria-hidden className={`size-1.5 rounded-full ${DOT_CLASSES[tone]}`} />
      {children}
    </span>
  );
}
