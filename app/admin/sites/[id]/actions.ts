'use server';

import type {
  TRebalanceState,
  TWhatIfState,
} from '@/components/admin/smart-charging/what-if-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { runRebalance, runWhatIf } from './run-load-form';

/** The allocation a grid limit would give, before it is set. */
export async function whatIfAction(_previous: TWhatIfState, form: FormData): Promise<TWhatIfState> {
  return runWhatIf(getDb(), await getCurrentUser(), form);
}

/** Shares the site's limit again now and sends what changed. */
export async function rebalanceAction(
  _previous: TRebalanceState,
  form: FormData,
): Promise<TRebalanceState> {
  return runRebalance(
    { db: getDb(), events: await getWebEventHub() },
    await getCurrentUser(),
    form,
  );
}
