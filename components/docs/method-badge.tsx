const METHOD_CLASSES: Record<string, string> = {
  GET: 'bg-sky-100 text-sky-800',
  POST: 'bg-emerald-100 text-emerald-800',
  PUT: 'bg-amber-100 text-amber-800',
  PATCH: 'bg-amber-100 text-amber-800',
  DELETE: 'bg-red-100 text-red-800',
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span
      className={`inline-block w-16 rounded px-2 py-0.5 text-center font-mono text-xs font-semibold ${METHOD_CLASSES[method] ?? 'bg-slate-100 text-slate-700'}`}
    >
      {method}
    </span>
  );
}
