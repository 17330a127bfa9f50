import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <h1 className="text-xl font-semibold">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">There is nothing at this address.</p>
        <Link href="/" className="text-brand-700 mt-4 inline-block text-sm font-medium underline">
          Go to the charger list
        </Link>
      </div>
    </main>
  );
}
