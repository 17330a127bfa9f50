import Link from 'next/link';

/** Shown to a signed-in user whose role does not reach this page. */
export function ForbiddenNotice({ role }: { role: string }) {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
      <p className="text-sm font-medium text-slate-500">403</p>
      <h1 className="mt-1 text-xl font-semibold">This page is for operators</h1>
      <p className="mt-2 text-sm text-slate-600">
        You are signed in as a {role}. Ask an administrator for operator access.
      </p>
      <Link href="/" className="text-brand-700 mt-4 inline-block text-sm font-medium underline">
        Back to the public charger list
      </Link>
    </div>
  );
}
