'use server';

import type { TCommandFormState } from '@/components/admin/commands/command-form-state';
import type { TSmartChargingFormState } from '@/components/admin/smart-charging/smart-charging-form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { runApproveStation, runCommandForm } from './run-command-form';
import { runApplyScenario, runClearProfiles, runSetProfile } from './run-smart-charging-form';

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

/** Generates a scenario's profile (peak shaving, time of use, energy cap) and sends it. */
export async function applyScenarioAction(
  _previous: TSmartChargingFormState,
  form: FormData,
): Promise<TSmartChargingFormState> {
  return runApplyScenario(await webDeps(), await getCurrentUser(), form);
}

/** Sends a raw charging profile written on the station page. */
export async function setProfileAction(
  _previous: TSmartChargingFormState,
  form: FormData,
): Promise<TSmartChargingFormState> {
  return runSetProfile(await webDeps(), await getCurrentUser(), form);
}

/** Clears the profiles matching every filter given (all of them with none). */
export async function clearProfilesAction(
  _previous: TSmartChargingFormState,
  form: FormData,
): Promise<TSmartChargingFormState> {
  return runClearProfiles(await webDeps(), await getCurrentUser(), form);
}
