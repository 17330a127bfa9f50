import Link from 'next/link';

export default function SessionNotFound() {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
      <h1 className="text-lg font-semibold">Session not found</h1>
      <p className="mt-2 text-sm text-slate-600">The link may be wrong.</p>
      <Link
        href="/admin/sessions"
        className="text-brand-700 mt-4 inline-block text-sm font-medium underline"
      >
        Back to all sessions
      </Link>
    </div>
  );
}
