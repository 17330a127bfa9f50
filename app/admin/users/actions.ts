'use server';

import { revalidatePath } from 'next/cache';
import type { TChangeRoleState, TInviteUserState } from '@/components/admin/users/user-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runChangeUserRole, runInviteUser } from './run-user-forms';

/** Admins only, checked by the runner. */
export async function inviteUserAction(
  _previous: TInviteUserState,
  form: FormData,
): Promise<TInviteUserState> {
  const state = await runInviteUser(getDb(), await getCurrentUser(), form);
  if (state.status === 'invited') revalidatePath('/admin/users');
  return state;
}

export async function changeUserRoleAction(
  _previous: TChangeRoleState,
  form: FormData,
): Promise<TChangeRoleState> {
  const state = await runChangeUserRole(getDb(), await getCurrentUser(), form);
  if (state.status === 'changed') revalidatePath('/admin/users');
  return state;
}
