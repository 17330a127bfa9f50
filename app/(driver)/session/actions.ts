'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { TSessionActionState } from '@/components/driver/session/session-action-state';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runSessionAction } from './run-session-action';

/** Cancel or stop the driver's current session (asks first); then shows its final state. */
export async function sessionAction(
  _previous: TSessionActionState,
  form: FormData,
): Promise<TSessionActionState> {
  const { deps, commandTimeoutMs } = await sessionCommandDeps(getDb());
  const state = await runSessionAction({ ...deps, commandTimeoutMs }, await getCurrentUser(), form);
  if (state.status !== 'done') return state;
  revalidatePath('/session');
  revalidatePath('/history');
  // The ended session is no longer "current": keep it on screen by its id.
  redirect(`/session?id=${state.sessionId}`);
}
