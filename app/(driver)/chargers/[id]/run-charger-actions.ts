import { z } from 'zod';
import type {
  TChargeFormState,
  TFavoriteFormState,
} from '@/components/driver/chargers/charger-form-state';
import type { Executor } from '@/db/client';
import { ApiError } from '@/lib/api/api-error';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { addFavorite } from '@/lib/favorites/add-favorite';
import { removeFavorite } from '@/lib/favorites/remove-favorite';
import type { TSessionDeps } from '@/lib/sessions/dispatch-remote-start';
import { requestCharge } from '@/lib/sessions/request-charge';

const SIGNED_OUT = 'Your session ended: sign in again.';

const ZChargeForm = z.object({
  stationId: z.uuid(),
  connectorId: z.coerce.number().int().min(1),
  /** Empty: charge without saying which car. */
  vehicleId: z.union([z.uuid(), z.literal('').transform(() => undefined)]).optional(),
});

export interface TChargeDeps extends TSessionDeps {
  commandTimeoutMs: number;
  approvalTimeoutS: number;
}

/** ApiError details are a field list (422) or an object such as { sessionId } (409). */
function detailsOf(error: ApiError): { path?: unknown; sessionId?: unknown } {
  const details: unknown = Array.isArray(error.details) ? error.details[0] : error.details;
  return typeof details === 'object' && details !== null ? details : {};
}

/**
 * "Charge here": the signed-in driver asks for one connector (started at once, or queued).
 * Refusals (a request already waiting, a car that is not theirs, a charger out of service)
 * come back as words for the form; the request itself is the session the driver then follows.
 */
export async function runChargeHere(
  deps: TChargeDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TChargeFormState> {
  if (!user) return { status: 'refused', message: SIGNED_OUT };
  const parsed = ZChargeForm.safeParse({
    stationId: form.get('stationId'),
    connectorId: form.get('connectorId'),
    vehicleId: form.get('vehicleId') ?? undefined,
  });
  if (!parsed.success) return { status: 'refused', message: 'Choose a connector to charge at.' };
  const { stationId, connectorId, vehicleId } = parsed.data;
  try {
    const { sessionId } = await requestCharge(deps, {
      driver: { id: user.id, role: user.role },
      requestedBy: user.id,
      request: { stationId, connectorId, ...(vehicleId ? { vehicleId } : {}) },
      approvalTimeoutS: deps.approvalTimeoutS,
      commandTimeoutMs: deps.commandTimeoutMs,
    });
    return { status: 'requested', sessionId };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const details = detailsOf(error);
    return {
      status: 'refused',
      message: error.message,
      ...(details.path === 'vehicleId' ? { vehicleError: error.message } : {}),
      ...(typeof details.sessionId === 'string' ? { waitingSessionId: details.sessionId } : {}),
    };
  }
}

const ZFavoriteForm = z.object({
  stationId: z.uuid(),
  favorite: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

/** Saves or forgets a charger for the signed-in driver (only ever their own favorites). */
export async function runToggleFavorite(
  db: Executor,
  user: TSessionUser | null,
  form: FormData,
): Promise<TFavoriteFormState> {
  if (!user) return { status: 'refused', message: SIGNED_OUT };
  const parsed = ZFavoriteForm.safeParse({
    stationId: form.get('stationId'),
    favorite: form.get('favorite'),
  });
  if (!parsed.success) return { status: 'refused', message: 'Unknown charger.' };
  const { stationId, favorite } = parsed.data;
  if (!favorite) {
    await removeFavorite(db, { userId: user.id, stationId });
    return { status: 'saved', isFavorite: false };
  }
  const saved = await addFavorite(db, { userId: user.id, stationId });
  return saved
    ? { status: 'saved', isFavorite: true }
    : { status: 'refused', message: 'Unknown charger.' };
}
