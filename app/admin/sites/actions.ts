'use server';

import { revalidatePath } from 'next/cache';
import type { TSiteFormState } from '@/components/admin/sites/site-form-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { rebalanceInBackground } from '@/lib/smart-charging/load-management/rebalance-in-background';
import { runSaveSite } from './run-site-form';

/** Creates or edits a site from the console; operators and admins only. */
export async function saveSiteAction(
  _previous: TSiteFormState,
  form: FormData,
): Promise<TSiteFormState> {
  const state = await runSaveSite(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') {
    revalidatePath('/admin/sites');
    // The limit may have changed: share it again now rather than at the next sweep.
    rebalanceInBackground(
      { db: getDb(), events: await getWebEventHub() },
      { siteId: state.siteId, reason: 'site edited' },
    );
  }
  return state;
}
