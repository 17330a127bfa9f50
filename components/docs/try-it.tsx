'use client';

import { useState, type FormEvent } from 'react';

interface TTryItParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
}

interface TTryItResult {
  status: number;
  body: string;
}

/** Builds the URL from the form: path params substituted, empty query params left out. */
function buildUrl(path: string, parameters: TTryItParameter[], form: FormData): string {
  const query = new URLSearchParams();
  let url = path;
  for (const p of parameters) {
    const raw = form.get(p.name);
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (value) query.set(p.name, value);
  }
  const search = query.toString();
  return search ? `${url}?${search}` : url;
}

/** Calls a GET endpoint with the browser's own session and shows what came back. */
export function TryIt({ path, parameters }: { path: string; parameters: TTryItParameter[] }) {
  const [result, setResult] = useState<TTryItResult | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = buildUrl(path, parameters, new FormData(event.currentTarget));
    setPending(true);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      const text = await response.text();
      let body = text;
      try {
        body = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: show the text as it came
      }
      setResult({ status: response.status, body });
    } catch (error) {
      setResult({ status: 0, body: error instanceof Error ? error.message : 'Request failed' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-2" aria-label={`Try GET ${path}`}>
      {parameters.length > 0 && (
        <div className="grid gap-2 sm:grid-cols-2">
          {parameters.map((p) => (
            <label key={p.name} className="flex flex-col gap-0.5 text-xs text-slate-600">
              <span className="font-mono">
                {p.name}
                {p.required && ' *'}
              </span>
              <input
                name={p.name}
                required={p.required}
                className="rounded border border-slate-300 px-2 py-1 font-mono text-sm"
              />
            </label>
          ))}
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Sending…' : 'Send request'}
      </button>
      {result && (
        <div className="rounded-lg border border-slate-200" data-testid="try-it-result">
          <p className="border-b border-slate-200 px-3 py-1.5 text-xs font-medium">
            Status{' '}
            <span
              className={
                result.status >= 200 && result.status < 300 ? 'text-emerald-700' : 'text-red-700'
              }
            >
              {result.status || 'network error'}
            </span>
          </p>
          <pre className="max-h-96 overflow-auto px-3 py-2 font-mono text-xs">{result.body}</pre>
        </div>
      )}
    </form>
  );
}
