import Link from 'next/link';

export default function ChargerNotFound() {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
      <h1 className="text-lg font-semibold">Charger not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        It may have been removed, or it is not in service for drivers.
      </p>
      <Link href="/" className="text-brand-700 mt-4 inline-block text-sm font-medium underline">
        Find another charger
      </Link>
    </div>
  );
}
