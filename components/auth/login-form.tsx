'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { signInLimitMessage } from '@/lib/rate-limit/sign-in-limit-error';

const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-none';

export function LoginForm({
  callbackPath,
  initialError,
}: {
  callbackPath: string;
  initialError: string | null;
}) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: field('email'),
      password: field('password'),
      redirect: false,
      callbackUrl: callbackPath,
    });
    if (!result || result.error) {
      setPending(false);
      setError(
        signInLimitMessage(result?.error) ??
          (result?.error === 'CredentialsSignin'
            ? 'Wrong email or password.'
            : 'Signing in failed. Please try again.'),
      );
      return;
    }
    // A full load, so every server component renders with the new session cookie.
    window.location.assign(callbackPath);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 p-3 text-sm text-red-800"
          data-testid="login-error"
        >
          {error}
        </p>
      )}
      <label className="block text-sm font-medium text-slate-700">
        Email
        <input name="email" type="email" autoComplete="email" required className={inputClass} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 w-full rounded-lg px-4 py-2.5 font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
