'use server';

import { headers } from 'next/headers';
import type { TSignUpState } from '@/components/driver/account/sign-up-form-state';
import { getDb } from '@/lib/db';
import { runSignUp } from './run-sign-up';

/** Creates a driver account; the form signs in with the same credentials right after. */
export async function signUpAction(_previous: TSignUpState, form: FormData): Promise<TSignUpState> {
  // The first x-forwarded-for hop, as the sign-in limit reads it (lib/auth/auth-options.ts).
  const forwarded = (await headers()).get('x-forwarded-for');
  const ip = forwarded?.split(',')[0]?.trim() || 'unknown';
  return runSignUp(getDb(), form, ip);
}
