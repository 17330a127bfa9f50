import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/driver/account/sign-up-form';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/');
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <Link href="/" className="text-brand-700 text-lg font-semibold">
          Chargedeck
        </Link>
        <h1 className="mt-4 text-xl font-semibold">Create your driver account</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Find chargers, charge, and keep your receipts in one place.
        </p>
        <SignUpForm />
      </div>
    </main>
  );
}
