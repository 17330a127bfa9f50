'use server';

import type { TCommandFormState } from '@/components/admin/commands/command-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { runApproveStation, runCommandForm } from './run-command-form';

async function webDeps() {
  return { db: getDb(), events: await getWebEventHub() };
}

/** Sends one command from a station page form; operators and admins only. */
export async function sendCommandAction(
  _previous: TCommandFormState,
  form: FormData,
): Promise<TCommandFormState> {
  return runCommandForm(await webDeps(), await getCurrentUser(), form);
}

/** Approves a waiting station and prompts the charger to boot into Accepted. */
export async function approveStationAction(
  _previous: TCommandFormState,
  form: FormData,
): Promise<TCommandFormState> {
  return runApproveStation(await webDeps(), await getCurrentUser(), form);
}
