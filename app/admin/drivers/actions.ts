'use server';

import { revalidatePath } from 'next/cache';
import type {
  TDriverFormState,
  TLocalListFormState,
} from '@/components/admin/drivers/driver-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { runPushLocalList } from './run-local-list-form';
import { runChangeTag, runIssueTag } from './run-tag-forms';

/** Issues a tag to a driver; operators and admins only. */
export async function issueTagAction(
  _previous: TDriverFormState,
  form: FormData,
): Promise<TDriverFormState> {
  const state = await runIssueTag(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/drivers', 'layout');
  return state;
}

/** Blocks, unblocks or expires a tag; operators and admins only. */
export async function changeTagAction(
  _previous: TDriverFormState,
  form: FormData,
): Promise<TDriverFormState> {
  const state = await runChangeTag(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/drivers', 'layout');
  return state;
}

/** Sends SendLocalList to a station or a site's stations and waits for each answer. */
export async function pushLocalListAction(
  _previous: TLocalListFormState,
  form: FormData,
): Promise<TLocalListFormState> {
  const deps = {
    db: getDb(),
    events: await getWebEventHub(),
    timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
  };
  const state = await runPushLocalList(deps, await getCurrentUser(), form);
  if (state.status === 'sent') revalidatePath('/admin/drivers/local-list');
  return state;
}
