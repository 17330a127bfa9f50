'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type {
  TChargeFormState,
  TFavoriteFormState,
} from '@/components/driver/chargers/charger-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { runChargeHere, runToggleFavorite } from './run-charger-actions';

/** "Charge here": requests the connector, then shows the driver their session. */
export async function chargeHereAction(
  _previous: TChargeFormState,
  form: FormData,
): Promise<TChargeFormState> {
  const config = webConfig();
  const state = await runChargeHere(
    {
      db: getDb(),
      events: await getWebEventHub(),
      commandTimeoutMs: config.COMMAND_TIMEOUT_MS,
      approvalTimeoutS: config.SESSION_APPROVAL_TIMEOUT_S,
    },
    await getCurrentUser(),
    form,
  );
  if (state.status === 'requested') redirect('/session');
  return state;
}

export async function toggleFavoriteAction(
  _previous: TFavoriteFormState,
  form: FormData,
): Promise<TFavoriteFormState> {
  const state = await runToggleFavorite(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') {
    revalidatePath('/favorites');
    revalidatePath('/chargers/[id]', 'page');
  }
  return state;
}
