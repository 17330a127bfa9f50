import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackPath } from '@/lib/auth/safe-callback-path';
import { signInLimitMessage } from '@/lib/rate-limit/sign-in-limit-error';

export const metadata: Metadata = { title: 'Sign in' };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: TSearchParams }) {
  const search = await searchParams;
  const callbackPath = safeCallbackPath(
    typeof search.callbackUrl === 'string' ? search.callbackUrl : null,
  );
  if (await getCurrentUser()) redirect(callbackPath);
  // next-auth sends people back here with ?error= when a non-JS sign-in fails.
  const error = typeof search.error === 'string' ? search.error : null;
  const initialError = error ? (signInLimitMessage(error) ?? 'Wrong email or password.') : null;
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <Link href="/" className="text-brand-700 text-lg font-semibold">
          Chargedeck
        </Link>
        <h1 className="mt-4 text-xl font-semibold">Sign in</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Use the email and password of your account.
        </p>
        <LoginForm callbackPath={callbackPath} initialError={initialError} />
        <p className="mt-4 text-center text-sm text-slate-600">
          New here?{' '}
          <Link href="/signup" className="text-brand-700 font-medium underline">
            Create a driver account
          </Link>
        </p>
      </div>
    </main>
  );
}
