import { z } from 'zod';
import type { TSmartChargingFormState } from '@/components/admin/smart-charging/smart-charging-form-state';
import { ApiError } from '@/lib/api/api-error';
import { ZCommandResult, type TCommandResult } from '@/lib/api/command-result';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';
import { applyScenario } from '@/lib/smart-charging/apply-scenario';
import { ZChargingProfile, ZChargingProfilePurpose } from '@/lib/smart-charging/charging-profile';
import { clearStationChargingProfiles } from '@/lib/smart-charging/clear-station-profiles';
import { ZScenarioRequest } from '@/lib/smart-charging/scenarios';
import { setStationChargingProfile } from '@/lib/smart-charging/set-station-profile';
import type { TCommandFormDeps } from './run-command-form';

const ZStationId = z.uuid();

function refusal(user: TSessionUser | null) {
  return actionRefusal(user, 'operator', 'smart charging is for operators');
}

/** Form values are strings: numbers where a number is expected, blank meaning "not given". */
function numeric(value: FormDataEntryValue | null): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value);
}

/**
 * Operators type kW and kWh; the API takes W and Wh. A field named `maxPowerKw` becomes
 * `maxPowerW` (× 1000, whole watts), so rule errors come back under the API's name.
 */
export function scenarioFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key === 'stationId' || key.startsWith('$')) continue;
    if (key === 'scenario') {
      fields[key] = value;
      continue;
    }
    const number = numeric(value);
    const kilo = /^(.*)K(w|wh)$/.exec(key);
    if (kilo) {
      const name = `${kilo[1]}${kilo[2] === 'w' ? 'W' : 'Wh'}`;
      fields[name] = number === undefined ? undefined : Math.round(number * 1000);
    } else {
      fields[key] = number;
    }
  }
  return fields;
}

function issuesToFields(issues: { path: PropertyKey[] | string; message: string }[]) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const key = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path);
    fieldErrors[key || 'form'] ??= issue.message;
  }
  return fieldErrors;
}

function invalid(fieldErrors: Record<string, string>): TSmartChargingFormState {
  return { status: 'invalid', message: 'Nothing was sent: check the fields marked.', fieldErrors };
}

/**
 * An ApiError from the smart-charging library as the form shows it: rule issues at their
 * fields, the charger's answer (or its silence) with the command, refusals as a message.
 */
function fromApiError(error: ApiError): TSmartChargingFormState {
  if (error.code === 'validation_failed' && Array.isArray(error.details)) {
    return invalid(issuesToFields(error.details as { path: string; message: string }[]));
  }
  const command = ZCommandResult.safeParse(error.details);
  if (command.success) {
    return { status: 'sent', ok: false, message: error.message, command: command.data };
  }
  return { status: 'refused', message: error.message };
}

async function audited(
  deps: TCommandFormDeps,
  user: TSessionUser,
  stationId: string,
  action: string,
  send: () => Promise<{ command: TCommandResult }>,
  accepted: string,
): Promise<TSmartChargingFormState> {
  try {
    const { command } = await send();
    await recordAudit(deps.db, {
      actorId: user.id,
      action: 'command.sent',
      targetType: 'station',
      targetId: stationId,
      details: {
        action,
        commandId: command.commandId,
        result: command.ocppStatus ?? command.state,
      },
    });
    return { status: 'sent', ok: true, message: accepted, command };
  } catch (error) {
    if (error instanceof ApiError) return fromApiError(error);
    throw error;
  }
}

/** A scenario form (peak shaving, time of use, energy cap): build the profile and send it. */
export async function runApplyScenario(
  deps: TCommandFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TSmartChargingFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const stationId = ZStationId.safeParse(form.get('stationId'));
  if (!stationId.success) return { status: 'refused', message: 'Station not found.' };
  const scenario = ZScenarioRequest.safeParse(scenarioFields(form));
  if (!scenario.success) return invalid(issuesToFields(scenario.error.issues));
  return audited(
    deps,
    user,
    stationId.data,
    'SetChargingProfile',
    () =>
      applyScenario(deps, {
        stationId: stationId.data,
        scenario: scenario.data,
        requestedBy: user.id,
        timeoutMs: deps.timeoutMs,
      }),
    'The charger accepted the profile.',
  );
}

const ZRawProfileForm = z.object({
  stationId: z.uuid(),
  connectorId: z.coerce.number().int().min(0),
  profile: z.string().min(1, 'Paste or write a charging profile (JSON).'),
});

/** The raw profile form: a csChargingProfiles object as JSON, checked, then sent. */
export async function runSetProfile(
  deps: TCommandFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TSmartChargingFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = ZRawProfileForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(issuesToFields(parsed.error.issues));
  let json: unknown;
  try {
    json = JSON.parse(parsed.data.profile);
  } catch (error) {
    return invalid({ profile: `Not valid JSON: ${(error as Error).message}` });
  }
  const profile = ZChargingProfile.safeParse(json);
  if (!profile.success) {
    return invalid(issuesToFields(profile.error.issues.map(prefixed('profile'))));
  }
  const { stationId, connectorId } = parsed.data;
  return audited(
    deps,
    user,
    stationId,
    'SetChargingProfile',
    () =>
      setStationChargingProfile(deps, {
        stationId,
        connectorId,
        profile: profile.data,
        requestedBy: user.id,
        timeoutMs: deps.timeoutMs,
      }),
    'The charger accepted the profile.',
  );
}

function prefixed(prefix: string) {
  return (issue: z.core.$ZodIssue) => ({ ...issue, path: [prefix, ...issue.path] });
}

const optionalInt = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.coerce.number().int().min(0).optional(),
);

const ZClearForm = z.object({
  stationId: z.uuid(),
  profileId: optionalInt,
  connectorId: optionalInt,
  stackLevel: optionalInt,
  purpose: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    ZChargingProfilePurpose.optional(),
  ),
});

/** Clear with filters: every filter given must match; none clears every profile. */
export async function runClearProfiles(
  deps: TCommandFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TSmartChargingFormState> {
  const refused = refusal(user);
  if (refused || !user) return refused!;
  const parsed = ZClearForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(issuesToFields(parsed.error.issues));
  const { stationId, ...filters } = parsed.data;
  return audited(
    deps,
    user,
    stationId,
    'ClearChargingProfile',
    () =>
      clearStationChargingProfiles(deps, {
        stationId,
        filters,
        requestedBy: user.id,
        timeoutMs: deps.timeoutMs,
      }),
    'The charger cleared the matching profiles.',
  );
}
