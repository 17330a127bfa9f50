import type { z } from 'zod';
import type {
  TRegisterStationState,
  TStationFieldErrors,
} from '@/components/admin/stations/station-form-state';
import type { Executor } from '@/db/client';
import { ApiError } from '@/lib/api/api-error';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { createStation } from '@/lib/stations/create-station';
import { stationOcppUrl } from '@/lib/stations/station-ocpp-url';
import { ZCreateStationRequest } from '@/lib/stations/station-requests';
import { checkOperator } from './check-operator';

export interface TStationFormDeps {
  db: Executor;
  /** The OCPP endpoint chargers are told to use (PUBLIC_OCPP_URL). */
  ocppBaseUrl: string;
}

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const numberOrText = (raw: string | undefined) =>
  raw === undefined ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw;

/** The connector rows the form posted as `connectors.{row}.{field}`, in row order. */
function connectorRows(form: FormData) {
  const rows = new Set<number>();
  for (const key of form.keys()) {
    const match = /^connectors\.(\d+)\./.exec(key);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows]
    .sort((a, b) => a - b)
    .map((row) => {
      const kw = numberOrText(text(form, `connectors.${row}.maxPowerKw`));
      return {
        connectorId: numberOrText(text(form, `connectors.${row}.connectorId`)),
        type: text(form, `connectors.${row}.type`),
        // Operators think in kW; the API stores W.
        maxPowerW: typeof kw === 'number' ? Math.round(kw * 1000) : kw,
      };
    });
}

export function fieldErrorsOf(error: z.ZodError): TStationFieldErrors {
  const errors: TStationFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** An ApiError from the write as field errors: a taken identity, an unknown site. */
export function apiFieldErrors(error: ApiError): TStationFieldErrors | null {
  if (error.code === 'conflict') return { identity: error.message };
  if (error.code === 'validation_failed' && Array.isArray(error.details)) {
    const details = error.details as { path: string; message: string }[];
    return Object.fromEntries(details.map((d) => [d.path, d.message]));
  }
  return null;
}

/**
 * Registers a station from the console: check the caller → parse → create it and audit it in
 * one transaction → hand back the generated password and URL, once.
 */
export async function runRegisterStation(
  deps: TStationFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TRegisterStationState> {
  const access = checkOperator(user);
  if ('refused' in access) return access.refused;
  const parsed = ZCreateStationRequest.safeParse({
    identity: text(form, 'identity') ?? '',
    name: text(form, 'name') ?? '',
    siteId: text(form, 'siteId'),
    registrationStatus: form.get('acceptOnBoot') === 'on' ? 'Accepted' : 'Pending',
    connectors: connectorRows(form),
  });
  if (!parsed.success) {
    return {
      status: 'invalid',
      message: 'Check the marked fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    const { station, ocppPassword } = await deps.db.transaction(async (tx) => {
      const created = await createStation(tx, parsed.data);
      await recordAudit(tx, {
        actorId: access.operator.id,
        action: 'station.registered',
        targetType: 'station',
        targetId: created.station.id,
        details: { identity: created.station.identity },
      });
      return created;
    });
    return {
      status: 'created',
      stationId: station.id,
      identity: station.identity,
      registrationStatus: station.registrationStatus,
      ocppPassword,
      ocppUrl: stationOcppUrl(deps.ocppBaseUrl, station.identity),
    };
  } catch (error) {
    const fieldErrors = error instanceof ApiError ? apiFieldErrors(error) : null;
    if (!fieldErrors) throw error;
    return { status: 'invalid', message: 'Check the marked fields.', fieldErrors };
  }
}
