'use client';

import { useState } from 'react';

/** Copies a value to the clipboard and says so; the value stays selectable as a fallback. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => setCopied(true));
      }}
      className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50"
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
