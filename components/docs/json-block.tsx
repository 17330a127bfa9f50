/** A collapsible block of pretty-printed JSON (native <details>: no script needed). */
export function JsonBlock({
  title,
  value,
  open = false,
}: {
  title: string;
  value: unknown;
  open?: boolean;
}) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <details open={open} className="rounded-lg border border-slate-200 bg-slate-50">
      <summary className="cursor-pointer px-3 py-1.5 text-xs font-medium text-slate-700 select-none">
        {title}
      </summary>
      <pre className="max-h-96 overflow-auto border-t border-slate-200 px-3 py-2 font-mono text-xs leading-relaxed text-slate-800">
        {text}
      </pre>
    </details>
  );
}
