'use client';

import { useEffect } from 'react';

/** What a route's error.tsx shows: calm, with a retry; details stay in the server log. */
export function ErrorPanel({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="mx-auto max-w-md rounded-xl border border-red-200 bg-white p-6 text-center shadow-sm"
    >
      <h2 className="text-lg font-semibold">Something went wrong</h2>
      <p className="mt-2 text-sm text-slate-600">
        This part of the page could not be loaded.{error.digest && ` (reference ${error.digest})`}
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand-600 hover:bg-brand-700 mt-4 rounded-lg px-4 py-2 text-sm font-medium text-white"
      >
        Try again
      </button>
    </div>
  );
}
