import Link from 'next/link';

/** What /session shows when nothing is requested or charging. */
export function NoSession() {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
      <h2 className="text-lg font-semibold">You are not charging right now</h2>
      <p className="mt-2 text-sm text-slate-600">
        Find a free charger nearby and press “Charge here”: your session appears on this page and
        updates live.
      </p>
      <Link
        href="/"
        className="bg-brand-600 hover:bg-brand-700 mt-4 inline-block rounded-lg px-4 py-2.5 text-sm font-semibold text-white"
      >
        Find a charger
      </Link>
      <p className="mt-3 text-sm">
        <Link href="/history" className="text-brand-700 underline">
          Past sessions
        </Link>
      </p>
    </div>
  );
}
