'use server';

import { revalidatePath } from 'next/cache';
import type {
  TRegisterStationState,
  TStationEditState,
} from '@/components/admin/stations/station-form-state';
import type { TPage } from '@/lib/api/pagination';
import { getCurrentUser } from '@/lib/auth/current-user';
import { webConfig } from '@/lib/config/web';
import { getDb } from '@/lib/db';
import {
  listStationsPage,
  ZStationsPageQuery,
  type TStationsPageQuery,
  type TStationsPageRow,
} from '@/lib/stations/list-stations-page';
import { checkOperator } from './check-operator';
import { runRegisterStation } from './run-register-station';
import { runDecommissionStation, runEditStation } from './run-edit-station';

/** Registers a station; the answer carries its OCPP password, shown once. */
export async function registerStationAction(
  _previous: TRegisterStationState,
  form: FormData,
): Promise<TRegisterStationState> {
  const deps = { db: getDb(), ocppBaseUrl: webConfig().PUBLIC_OCPP_URL };
  const state = await runRegisterStation(deps, await getCurrentUser(), form);
  if (state.status === 'created') revalidatePath('/admin/stations');
  return state;
}

export async function editStationAction(
  _previous: TStationEditState,
  form: FormData,
): Promise<TStationEditState> {
  const state = await runEditStation(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/stations', 'layout');
  return state;
}

export async function decommissionStationAction(
  _previous: TStationEditState,
  form: FormData,
): Promise<TStationEditState> {
  const state = await runDecommissionStation(getDb(), await getCurrentUser(), form);
  if (state.status === 'saved') revalidatePath('/admin/stations', 'layout');
  return state;
}

/**
 * Re-reads the station table's current page when a live event says something changed: a
 * plain data call, so the page updates without a navigation. Operators only.
 */
export async function refreshStationsPageAction(
  query: TStationsPageQuery,
): Promise<TPage<TStationsPageRow> | null> {
  if ('refused' in checkOperator(await getCurrentUser())) return null;
  const parsed = ZStationsPageQuery.safeParse(query);
  if (!parsed.success) return null;
  return listStationsPage(getDb(), parsed.data);
}
