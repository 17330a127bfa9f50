'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useActionState } from 'react';
import { signUpAction } from '@/app/signup/actions';
import { Field } from './field';
import { IDLE_SIGN_UP, MIN_PASSWORD_LENGTH, type TSignUpState } from './sign-up-form-state';

/**
 * Creates the account through the server action, then signs in with the same credentials
 * (next-auth's credentials flow, as /login does); if that fails, /login takes over.
 */
async function signUpAndSignIn(previous: TSignUpState, form: FormData): Promise<TSignUpState> {
  const state = await signUpAction(previous, form);
  if (state.status !== 'created') return state;
  const password = form.get('password');
  const result = await signIn('credentials', {
    email: state.email,
    password: typeof password === 'string' ? password : '',
    redirect: false,
    callbackUrl: '/',
  });
  // A full load, so every server component renders with the new session cookie.
  window.location.assign(
    result && !result.error
      ? '/'
      : `/login?callbackUrl=%2F&email=${encodeURIComponent(state.email)}`,
  );
  return state;
}

export function SignUpForm() {
  const [state, formAction, pending] = useActionState(signUpAndSignIn, IDLE_SIGN_UP);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const echo = state.status === 'invalid' || state.status === 'refused' ? state : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {(state.status === 'invalid' || state.status === 'refused') && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 p-3 text-sm text-red-800"
          data-testid="signup-error"
        >
          {state.message}
        </p>
      )}
      {state.status === 'created' && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">
          Account created. Signing you in…
        </p>
      )}
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={echo?.name}
        error={errors.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={echo?.email}
        error={errors.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <Field
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <button
        type="submit"
        disabled={pending || state.status === 'created'}
        className="bg-brand-600 hover:bg-brand-700 w-full rounded-lg px-4 py-2.5 font-medium text-white disabled:opacity-60"
      >
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{' '}
        <Link href="/login?callbackUrl=%2F" className="text-brand-700 font-medium underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
