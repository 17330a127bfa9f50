'use server';

import { revalidatePath } from 'next/cache';
import type { TRemoteStopState } from '@/components/admin/sessions/remote-stop-state';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runRemoteStop } from './run-remote-stop';

/** Remote stop from the session page (asks first); operators and admins only. */
export async function remoteStopAction(
  _previous: TRemoteStopState,
  form: FormData,
): Promise<TRemoteStopState> {
  const { deps, commandTimeoutMs } = await sessionCommandDeps(getDb());
  const state = await runRemoteStop({ ...deps, commandTimeoutMs }, await getCurrentUser(), form);
  if (state.status === 'done') revalidatePath('/admin/sessions', 'layout');
  return state;
}
