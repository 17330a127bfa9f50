'use client';

import { useId, useMemo, useState } from 'react';
import { setProfileAction } from '@/app/admin/stations/[id]/actions';
import { buttonClass } from '@/components/admin/commands/command-form';
import { useCommandForm } from '@/components/hooks/use-command-form';
import { ZChargingProfile } from '@/lib/smart-charging/charging-profile';
import { validateChargingProfile } from '@/lib/smart-charging/validate-charging-profile';
import { ConnectorPicker } from './connector-picker';
import { inputClass } from './smart-charging-form';
import { IDLE_SMART_CHARGING } from './smart-charging-form-state';
import { SmartChargingResult } from './smart-charging-result';

export interface TRawProfileConnector {
  connectorId: number;
  label: string;
  maxPowerW: number | null;
  transactionId: number | null;
}

const EXAMPLE = {
  chargingProfileId: 100,
  stackLevel: 1,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Relative',
  chargingSchedule: {
    chargingRateUnit: 'W',
    chargingSchedulePeriod: [
      { startPeriod: 0, limit: 11000 },
      { startPeriod: 3600, limit: 7400 },
    ],
  },
};

/** Every problem with the text as a profile for this connector, by the rules the server applies. */
export function rawProfileIssues(
  text: string,
  connector: TRawProfileConnector | undefined,
  connectorId: number,
): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`Not valid JSON: ${(error as Error).message}`];
  }
  const parsed = ZChargingProfile.safeParse(json);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`);
  }
  return validateChargingProfile(parsed.data, {
    connectorId,
    activeTransactionIds: connector?.transactionId ? [connector.transactionId] : [],
    connectorMaxPowerW: connector?.maxPowerW ?? null,
  }).map((i) => `${i.path}: ${i.message}`);
}

/** A raw csChargingProfiles object, checked as it is typed; sending needs a clean check. */
export function RawProfileForm({
  stationId,
  connectors,
}: {
  stationId: string;
  connectors: TRawProfileConnector[];
}) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(EXAMPLE, null, 2));
  const [connectorId, setConnectorId] = useState(connectors[0]?.connectorId ?? 0);
  const connector = connectors.find((c) => c.connectorId === connectorId);
  const issues = useMemo(
    () => rawProfileIssues(text, connector, connectorId),
    [text, connector, connectorId],
  );
  const { state, pending, onSubmit } = useCommandForm(
    stationId,
    setProfileAction,
    IDLE_SMART_CHARGING,
  );
  const serverIssues = state.status === 'invalid' ? Object.entries(state.fieldErrors) : [];
  return (
    <form
      aria-label="Raw charging profile"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
    >
      <input type="hidden" name="stationId" value={stationId} />
      <div>
        <h3 className="text-sm font-semibold">Raw profile</h3>
        <p className="text-xs text-slate-500">
          An OCPP 1.6 csChargingProfiles object, checked as you type against the same rules the
          server applies before sending.
        </p>
      </div>
      <ConnectorPicker
        id={`${id}-connector`}
        name="connectorId"
        value={connectorId}
        onChange={setConnectorId}
        connectors={connectors}
      />
      <div>
        <label htmlFor={`${id}-profile`} className="text-xs font-medium text-slate-600">
          Profile (JSON)
        </label>
        <textarea
          id={`${id}-profile`}
          name="profile"
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={issues.length > 0 ? true : undefined}
          aria-describedby={`${id}-issues`}
          className={`${inputClass} font-mono text-xs`}
        />
      </div>
      <div id={`${id}-issues`} aria-live="polite" data-testid="raw-profile-issues">
        {issues.length === 0 ? (
          <p className="text-xs text-emerald-700">Valid for this connector.</p>
        ) : (
          <ul className="list-disc pl-4 text-xs text-red-700">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
      </div>
      {serverIssues.length > 0 && (
        <ul role="alert" className="list-disc pl-4 text-xs text-red-700">
          {serverIssues.map(([key, message]) => (
            <li key={key}>
              {key}: {message}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="submit" disabled={pending || issues.length > 0} className={buttonClass}>
          {pending ? 'Sending…' : 'Send profile'}
        </button>
      </div>
      <SmartChargingResult state={state} />
    </form>
  );
}
